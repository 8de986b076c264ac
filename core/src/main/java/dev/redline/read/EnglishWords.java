package dev.redline.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The words of English, lower case, from SCOWL's British English list ({@code words-en.txt.gz},
 * written by {@code fixtures/tools/make_word_list.py}; its notice is {@code words-en.NOTICE}). Read
 * once, on first use; immutable and thread-safe.
 */
final class EnglishWords {
  static final Set<String> WORDS = load();

  private EnglishWords() {}

  private static Set<String> load() {
    try (InputStream in = EnglishWords.class.getResourceAsStream("words-en.txt.gz")) {
      if (in == null) {
        throw new IllegalStateException("words-en.txt.gz is missing from the class path");
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        words.add(line);
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("words-en.txt.gz cannot be read", e);
    }
  }
}

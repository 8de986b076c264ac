package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The token scanner cuts text exactly as the regular expression it replaced did (kept here as the
 * reference), on every line of every fixture draft and on random text from an alphabet of the
 * characters that matter; and it cuts lines that made the expression overflow its stack.
 */
class TokensTest {
  private static final String SPACELESS = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}";
  private static final String W = "[\\p{L}\\p{N}\\p{M}\\u00AD&&[^" + SPACELESS + "]]";
  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\[\\^[^\\]\\s]+\\]"
              + "|[" + SPACELESS + "]"
              + "|\\p{N}+(?:[.,/:]\\p{N}+)+"
              + "|" + W + "+(?:['’\\-‐‑–—]" + W + "+|-[\\s\\u00A0]+(?!(?:and|or|to|nor)\\b)(?=\\p{Ll})" + W + "+)*"
              + "|[\\s\\p{Z}]+"
              + "|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|.",
          Pattern.DOTALL);

  private static List<String> reference(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  @Test
  void cutsEveryFixtureLineAsTheRegularExpressionDid() throws IOException {
    int lines = 0;
    try (Stream<Path> files = Files.walk(Fixtures.root().resolve("drafts"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        for (String line : Files.readAllLines(file)) {
          // The old expression cut "[^a[^1]" as one marker; the scanner, like every reader, takes "[^1]".
          if (!line.contains("[^") || !line.matches(".*\\[\\^[^\\]\\s]*\\[.*")) {
            assertEquals(reference(line), Tokens.of(line), file + ": " + line);
            lines++;
          }
        }
      }
    }
    assertEquals(true, lines > 2_000, "read the fixtures: " + lines);
  }

  @Test
  void cutsRandomTextAsTheRegularExpressionDid() {
    String[] alphabet = {"a", "B", "é", "7", "٣", "½", "Ⅻ", "\u0301", "\u00AD", "'", "’", "-", "‐", "‑", "–", "—", ".", ",", "/", ":",
        " ", "\u00A0", "\u2003", "\n", "\t", "[", "]", "^", "条", "の", "カ", "𠀀", "𝐀", "\uD800", "and", "or", "to", "nor", "x_", "ö"};
    Random random = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int k = 0; k < length; k++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      if (text.matches("(?s).*\\[\\^[^\\]\\s]*\\[.*")) {
        continue;
      }
      assertEquals(reference(text), Tokens.of(text), "'" + text + "'");
    }
  }

  @Test
  void cutsLinesThatOverflowedTheExpression() {
    String number = "1.".repeat(100_000) + "x";
    assertEquals(List.of(number.substring(0, 199_999), ".", "x"), Tokens.of(number), "1.1.1...1 is one number, then '.', then x");
    assertEquals(200_000, Tokens.of("[^".repeat(100_000)).size(), "each [ and ^ on its own");
    assertEquals(1, Tokens.of("a-".repeat(100_000) + "b").size(), "one hyphenated word");
  }
}

package dev.redline.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the hyphenation of words broken at the end of a line, and keeps the hyphen of real
 * compounds that happen to break there, judging by the document's own words.
 *
 * <p>A hyphen at the end of a line is kept when the word after it starts with a capital or a digit
 * ({@code non-} {@code State}), when the document writes the compound with its hyphen elsewhere
 * ({@code self-defence}), when it never writes the joined word but writes the first part as a word
 * of its own ({@code medium-sized}), or when the first part is a prefix that English sets with a
 * hyphen ({@code non-}, {@code cyber-}, {@code co-}, {@code self-}); it is dropped when the document
 * writes the joined word elsewhere ({@code cooperation}), for soft hyphens (U+00AD), and otherwise
 * ({@code informa-tion}). One instance serves one document; it is immutable once built.
 */
final class Hyphenation {
  private static final Set<String> PREFIXES =
      Set.of(
          "non", "cyber", "co", "self", "ex", "quasi", "anti", "counter", "cross", "multi", "vice", "well", "semi",
          "mid", "socio", "ill", "all", "half");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'\u2019-]*");
  /** A line ending in a hyphen right after a letter; group 1 is the letters before it. */
  private static final Pattern BROKEN = Pattern.compile("([\\p{L}\\p{M}]+)([-\u2010\u00AD])$");
  /** The first token of a line and the rest; group 2 is the token's leading letters. */
  private static final Pattern FIRST_TOKEN = Pattern.compile("^((\\p{L}[\\p{L}\\p{M}]*)\\S*)\\s*(.*)$");

  private final Set<String> words = new HashSet<>();

  /** Learns the document's words from its lines, leaving out the broken words at line ends. */
  Hyphenation(Iterable<String> lines) {
    for (String line : lines) {
      String[] tokens = line.split("\\s+");
      for (int i = 0; i < tokens.length; i++) {
        if (i == tokens.length - 1 && BROKEN.matcher(tokens[i]).find()) {
          continue;
        }
        Matcher m = WORD.matcher(tokens[i]);
        while (m.find()) {
          String word = trimHyphens(m.group().toLowerCase(Locale.ROOT));
          if (word.isEmpty()) {
            continue;
          }
          words.add(word);
          if (word.indexOf('-') > 0) {
            for (String part : word.split("-")) {
              if (!part.isEmpty()) {
                words.add(part);
              }
            }
          }
        }
      }
    }
  }

  /**
   * The lines of one paragraph with every word broken at a line end put back together on the
   * earlier line; a line left empty is dropped.
   */
  List<SourceLine> join(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines);
    for (int i = 0; i + 1 < out.size(); i++) {
      SourceLine line = out.get(i);
      Matcher broken = BROKEN.matcher(line.text());
      if (!broken.find()) {
        continue;
      }
      Matcher next = FIRST_TOKEN.matcher(out.get(i + 1).text());
      if (!next.matches()) {
        continue;
      }
      boolean keep = keepHyphen(broken.group(1), broken.group(2).charAt(0), next.group(2));
      String head = line.text().substring(0, line.text().length() - 1);
      out.set(i, new SourceLine(head + (keep ? "-" : "") + next.group(1), line.line(), line.page()));
      String rest = next.group(3);
      if (rest.isBlank()) {
        out.remove(i + 1);
      } else {
        SourceLine following = out.get(i + 1);
        out.set(i + 1, new SourceLine(rest, following.line(), following.page()));
      }
      i--; // the joined line may itself end in a broken word now
    }
    return out;
  }

  /** Whether {@code before-after}, broken after the hyphen, is a compound whose hyphen stays. */
  boolean keepHyphen(String before, char hyphen, String after) {
    if (hyphen == '\u00AD') {
      return false;
    }
    if (!Character.isLowerCase(after.codePointAt(0))) {
      return true;
    }
    String first = before.toLowerCase(Locale.ROOT);
    String second = after.toLowerCase(Locale.ROOT);
    if (words.contains(first + "-" + second)) {
      return true;
    }
    if (words.contains(first + second)) {
      return false;
    }
    if (PREFIXES.contains(first)) {
      return true;
    }
    return first.length() >= 3 && words.contains(first);
  }

  private static String trimHyphens(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && word.charAt(start) == '-') {
      start++;
    }
    while (end > start && (word.charAt(end - 1) == '-' || word.charAt(end - 1) == '\'' || word.charAt(end - 1) == '\u2019')) {
      end--;
    }
    return word.substring(start, end);
  }
}

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
 * compounds that happen to break there, judging by the document's own words and then by the words
 * of its language.
 *
 * <p>A hyphen at the end of a line is kept when the word after it starts with a capital or a digit
 * ({@code non-} {@code State}), when the document writes the compound with its hyphen elsewhere
 * ({@code self-defence}), or when the first part is a prefix that English sets with a
 * hyphen ({@code non-}, {@code cyber-}, {@code co-}, {@code self-}), or the second a Russian particle
 * ({@code какой-} {@code либо}), or when the broken part is itself
 * joined by a hyphen to the word before ({@code case-by-} {@code case}). It is dropped when the document
 * writes the joined word elsewhere ({@code cooperation}), for soft hyphens (U+00AD), and, in an English
 * draft (most of its words are in the English word list {@code words-en.txt.gz}), when the joined word
 * is an English word ({@code for-} {@code ward}, {@code there-} {@code after}, {@code for-} {@code tieth}),
 * and kept when both parts are English words that make none together ({@code for-} {@code profit}).
 * Otherwise it is kept when the document writes the first part as a word of its own
 * ({@code medium-sized}, {@code for-} {@code profit}) and the second is no ending ({@code consider-}
 * {@code ing}), and dropped ({@code informa-tion}). A hyphen before a conjunction is suspended and keeps its space too
 * ({@code Abfluss-} {@code und} {@code Pegeldaten}); the last part of a capitalised compound broken
 * within a word loses its hyphen ({@code Bas-Mar-} {@code row}). One instance serves one document; it is immutable once built.
 */
final class Hyphenation {
  private static final Set<String> PREFIXES =
      Set.of(
          "non", "cyber", "co", "self", "ex", "quasi", "anti", "counter", "cross", "multi", "vice", "well", "semi",
          "mid", "socio", "ill", "all", "half", "кое");
  /** Endings a word is hyphenated before (consider- / ing), never the second word of a compound. */
  private static final Set<String> ENDINGS =
      Set.of(
          "ing", "ings", "ed", "er", "ers", "es", "ly", "ment", "ments", "ness", "able", "ible", "ity", "ities", "ive",
          "al", "ation", "ations", "ion", "ions", "ance", "ence", "ant", "ent", "ure", "ures");
  /** Conjunctions after a suspended hyphen: {@code Abfluss-} {@code und}, {@code pre-} {@code and}. */
  private static final Set<String> CONJUNCTIONS =
      Set.of("und", "oder", "sowie", "bzw.", "and", "or", "et", "ou", "y", "o", "e", "и", "или");
  /** Particles that Russian always joins with a hyphen: {@code какой-либо}, {@code кто-нибудь}. */
  private static final Set<String> SUFFIXES = Set.of("либо", "нибудь", "таки");
  /** The first token of a line and the rest; group 2 is the token's leading letters. */
  private static final Pattern FIRST_TOKEN = Pattern.compile("^((\\p{L}[\\p{L}\\p{M}]*)\\S*)\\s*(.*)$");

  /** A draft is English when at least this share of its words of four letters or more are English words. */
  private static final double ENGLISH_SHARE = 0.6;

  private final Set<String> words = new HashSet<>();
  /** The words of the draft's language, where Redline has a word list for it; else empty. */
  private final Set<String> language;

  /** Learns the document's words from its lines, leaving out the broken words at line ends and their rests. */
  Hyphenation(Iterable<String> lines) {
    boolean afterBroken = false;
    for (String line : lines) {
      int end = brokenWordStart(line) >= 0 ? line.lastIndexOf(' ') + 1 : line.length();
      int i = 0;
      if (afterBroken) {
        while (i < end && line.charAt(i) != ' ') {
          i++; // the rest of a broken word (pect after ex-) is no word of its own
        }
      }
      afterBroken = end < line.length();
      while (i < end) {
        while (i < end && !isLetter(line.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < end && (isLetter(line.charAt(i)) || isJoiner(line.charAt(i)))) {
          i++;
        }
        int stop = i;
        while (stop > start && isJoiner(line.charAt(stop - 1))) {
          stop--;
        }
        if (stop > start) {
          learn(line.substring(start, stop).toLowerCase(Locale.ROOT));
        }
      }
    }
    language = isEnglish(words) ? EnglishWords.WORDS : Set.of();
  }

  /** Whether most of the document's longer words are English words. */
  private static boolean isEnglish(Set<String> words) {
    int longer = 0;
    int english = 0;
    for (String word : words) {
      if (word.length() >= 4 && word.indexOf('-') < 0) {
        longer++;
        english += EnglishWords.WORDS.contains(word) ? 1 : 0;
      }
    }
    return longer > 0 && english >= ENGLISH_SHARE * longer;
  }

  private void learn(String word) {
    words.add(word);
    if (word.indexOf('-') > 0) {
      for (String part : word.split("-")) {
        if (!part.isEmpty()) {
          words.add(part);
        }
      }
    }
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u00AD';
  }

  /** Where the word broken by a hyphen at the end of the line starts, or -1 where none is. */
  static int brokenWordStart(String line) {
    int end = line.length() - 1;
    if (end < 1 || !isHyphen(line.charAt(end)) || !isLetter(line.charAt(end - 1))) {
      return -1;
    }
    int start = end - 1;
    while (start > 0 && isLetter(line.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * The lines of one paragraph with every word broken at a line end put back together on the
   * earlier line; a line left empty is dropped.
   */
  @SuppressWarnings("IncrementInForLoopAndHeader") // i-- looks at a joined line again
  List<SourceLine> join(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines);
    for (int i = 0; i + 1 < out.size(); i++) {
      SourceLine line = out.get(i);
      String text = line.text();
      int broken = brokenWordStart(text);
      if (broken < 0) {
        continue;
      }
      Matcher next = FIRST_TOKEN.matcher(out.get(i + 1).text());
      if (!next.matches()) {
        continue;
      }
      char hyphen = text.charAt(text.length() - 1);
      String before = text.substring(broken, text.length() - 1).toLowerCase(Locale.ROOT);
      if (hyphen != '\u00AD' && CONJUNCTIONS.contains(next.group(1)) && !next.group(3).isBlank()
          && !words.contains(before + next.group(1))) {
        // A suspended hyphen (Abfluss- und Pegeldaten, pre- and post-war): the hyphen and the space stay.
        out.set(i, new SourceLine(text + " " + out.get(i + 1).text(), line.line(), line.page()));
        out.remove(i + 1);
        i--;
        continue;
      }
      // The last part of a compound already hyphenated on this line (case-by- / case) keeps its hyphen.
      // (Not a capitalised name's part broken within: Bas-Mar- / row.)
      boolean inCompound = hyphen != '\u00AD' && broken >= 2 && isHyphen(text.charAt(broken - 1)) && isLetter(text.charAt(broken - 2))
          && !(Character.isUpperCase(text.charAt(broken)) && Character.isLowerCase(next.group(2).charAt(0)));
      boolean keep = inCompound || keepHyphen(text.substring(broken, text.length() - 1), hyphen, next.group(2));
      String head = text.substring(0, text.length() - 1);
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
    // A prefix of two letters (ex-, co-) only before a word of the document: ex- / pect is expect.
    if ((PREFIXES.contains(first) && (first.length() > 2 || words.contains(second))) || SUFFIXES.contains(second)) {
      return true;
    }
    if (language.contains(first + second)) {
      return false; // for- / ward: a word of the draft's language that the typesetter broke
    }
    if (language.contains(first) && language.contains(second) && !ENDINGS.contains(second)) {
      return true; // for- / profit: two words of the language that make none together
    }
    return first.length() >= 3 && words.contains(first) && !ENDINGS.contains(second);
  }
}

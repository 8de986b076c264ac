package dev.redline.demands;

import dev.redline.model.Letter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a letter into blocks (a paragraph or a bullet) and blocks into sentences, joining the
 * broken lines of text extracted from PDF. A blank line ends a block only after a line that ends a
 * sentence, since extracted letters often hold a blank line between every two lines of a paragraph.
 */
final class LetterSentences {
  /** A bullet or a list label at the start of a line: •, -, *, 1., (a), a), (i). */
  private static final Pattern BULLET =
      Pattern.compile("^(?:[\u2022\u25E6\u25AA\u25CF\u2023\u2043\u25A0\u25A1\u2013\u2014*-]|\\(?[0-9]{1,2}[.)]|\\(?[a-z][.)]|\\([ivx]{1,4}\\))\\s+");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.:;!?][\"'\u201D\u2019)]?$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final List<String> ABBREVIATIONS =
      List.of("e.g.", "i.e.", "art.", "arts.", "no.", "nos.", "para.", "paras.", "cf.", "etc.", "mr.", "ms.", "dr.", "st.", "vs.", "p.", "pp.", "op.", "u.n.");

  private LetterSentences() {}

  /** A sentence with where it starts, the block it stands in, and whether that block is a bullet. */
  record Sentence(String text, int page, int line, int block, boolean bullet, boolean endsBlock, String whole) {
    Sentence(String text, int page, int line, int block, boolean bullet, boolean endsBlock) {
      this(text, page, line, block, bullet, endsBlock, text);
    }

    /** A part of this sentence that asks for something of its own. */
    Sentence part(String part) {
      return new Sentence(part, page, line, block, bullet, endsBlock, whole);
    }
  }

  /** The sentences of the letter, in reading order. */
  static List<Sentence> of(Letter letter) {
    List<Sentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<int[]> marks = new ArrayList<>(); // offset, page, line
    boolean bullet = false;
    boolean ended = true;
    int block = 0;
    for (Letter.Line line : letter.lines()) {
      String t = line.text().strip();
      if (t.isEmpty()) {
        if ((ended || letter.blankLineEndsParagraph()) && text.length() > 0) {
          block = flush(text, marks, bullet, block, out);
          bullet = false;
        }
        continue;
      }
      Matcher b = BULLET.matcher(t);
      if (b.find()) {
        if (text.length() > 0) {
          block = flush(text, marks, bullet, block, out);
        }
        bullet = true;
        t = t.substring(b.end()).strip();
        if (t.isEmpty()) {
          continue;
        }
      }
      if (text.length() > 0) {
        char last = text.charAt(text.length() - 1);
        if (!(last == '-' && text.length() > 1 && Character.isLetter(text.charAt(text.length() - 2)))) {
          text.append(' ');
        }
      }
      marks.add(new int[] {text.length(), line.page(), line.line()});
      text.append(t);
      ended = ENDS_SENTENCE.matcher(t).find();
    }
    if (text.length() > 0) {
      flush(text, marks, bullet, block, out);
    }
    return out;
  }

  private static int flush(StringBuilder text, List<int[]> marks, boolean bullet, int block, List<Sentence> out) {
    String s = text.toString();
    int start = 0;
    List<int[]> bounds = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && endsHere(s, i)) {
        int end = i + 1;
        while (end < s.length() && "\"'\u201D\u2019)".indexOf(s.charAt(end)) >= 0) {
          end++;
        }
        bounds.add(new int[] {start, end});
        start = end;
      }
    }
    if (start < s.length() && !s.substring(start).isBlank()) {
      bounds.add(new int[] {start, s.length()});
    }
    int next = 0;
    for (int k = 0; k < bounds.size(); k++) {
      int from = bounds.get(k)[0];
      while (from < s.length() && s.charAt(from) == ' ') {
        from++;
      }
      String sentence = SPACES.matcher(s.substring(from, bounds.get(k)[1])).replaceAll(" ").strip();
      if (sentence.isEmpty()) {
        continue;
      }
      while (next + 1 < marks.size() && marks.get(next + 1)[0] <= from) {
        next++;
      }
      int[] mark = marks.get(next);
      out.add(new Sentence(sentence, mark[1], mark[2], block, bullet, k == bounds.size() - 1));
    }
    text.setLength(0);
    marks.clear();
    return block + 1;
  }

  /** Whether a sentence ends at this punctuation: a space and a capital, quote or digit follow. */
  private static boolean endsHere(String s, int i) {
    int j = i + 1;
    while (j < s.length() && "\"'\u201D\u2019)".indexOf(s.charAt(j)) >= 0) {
      j++;
    }
    if (j >= s.length()) {
      return true;
    }
    if (s.charAt(j) != ' ') {
      return false;
    }
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    if (j >= s.length()) {
      return true;
    }
    char next = s.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"\u201C\u2018(".indexOf(next) >= 0)) {
      return false;
    }
    if (s.charAt(i) == '.') {
      int w = i;
      while (w > 0 && s.charAt(w - 1) != ' ') {
        w--;
      }
      String word = s.substring(w, i + 1).toLowerCase(java.util.Locale.ROOT);
      if (ABBREVIATIONS.contains(word) || word.matches("[a-z]\\.")) {
        return false;
      }
    }
    return true;
  }
}

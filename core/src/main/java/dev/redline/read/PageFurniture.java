package dev.redline.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running headers and footers of a PDF document: lines in the top or bottom band of the page
 * that recur, at the same height, on a good share of the pages once digits and month names are
 * normalised (document symbols, dates, job numbers, page numbers, boilerplate), and lines in those
 * bands that can only be furniture (a bare page number, a job number). A document of one page has
 * nothing to recur: there the lines nearest the top and bottom edges are furniture when they hold
 * nothing but symbols, dates, job numbers and page numbers and a gap sets them apart from the
 * body, so that a one-line paragraph at the top or bottom of the body stays.
 *
 * @param lines the furniture lines, compared by identity
 * @param header the document symbol and date the furniture of the first page that has them shows,
 *     as header lines for the structure recognizer: zero to two lines
 */
record PageFurniture(Set<PdfLine> lines, List<PdfLine> header) {
  /** The share of the page's height, at the top and at the bottom, where furniture is looked for. */
  private static final float BAND = 0.15f;
  /** The share of the pages a line must recur on to be furniture. */
  private static final float RECURS = 0.4f;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern MONTH =
      Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)[-\u2013\u2014]?\\s*(?:page\\s+|p\\.\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?\\s*[-\u2013\u2014]?");
  private static final Pattern JOB_NUMBER = Pattern.compile("\\b[A-Z]{1,2}\\.\\d{2}-\\d{4,6}\\b");
  /** A word of a page number as furniture prints it: {@code 3}, {@code Page}, {@code of}, {@code -}. */
  private static final Pattern PAGE_WORD = Pattern.compile("(?i)\\d{1,4}|page|p\\.|of|/|[-\u2013\u2014]");
  /** How far apart, in multiples of the type size, furniture stands from the body on its own. */
  private static final float APART = 2;

  PageFurniture {
    Set<PdfLine> copy = Collections.newSetFromMap(new IdentityHashMap<>());
    copy.addAll(lines);
    lines = Collections.unmodifiableSet(copy);
    header = List.copyOf(header);
  }

  /** Whether the line is page furniture. */
  boolean contains(PdfLine line) {
    return lines.contains(line);
  }

  /** Finds the furniture of the pages. */
  static PageFurniture of(List<PdfPage> pages) {
    Map<String, Set<Integer>> recurrence = new HashMap<>();
    Map<PdfLine, String> keys = new IdentityHashMap<>();
    for (PdfPage page : pages) {
      for (PdfLine line : page.lines()) {
        if (inBand(line, page)) {
          String key = key(line);
          keys.put(line, key);
          recurrence.computeIfAbsent(key, k -> new HashSet<>()).add(page.number());
        }
      }
    }
    int needed = Math.max(2, (int) Math.ceil(RECURS * pages.size()));
    Set<PdfLine> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
    List<PdfLine> header = new ArrayList<>();
    for (PdfPage page : pages) {
      for (PdfLine line : page.lines()) {
        String key = keys.get(line);
        if (key == null) {
          continue;
        }
        boolean recurring = recurrence.get(key).size() >= needed;
        if (recurring || PAGE_NUMBER.matcher(line.text()).matches() || isJobLine(line.text())) {
          furniture.add(line);
        }
      }
      furniture.addAll(apart(page));
      if (header.isEmpty()) {
        header.addAll(header(page, furniture));
      }
    }
    return new PageFurniture(furniture, header);
  }

  /**
   * The lines at the page's top and at its bottom that are furniture by their shape alone: the
   * outermost lines of the band, each holding only symbols, dates, job numbers and page numbers,
   * with a gap of {@link #APART} times the type size between them and the rest of the page.
   */
  private static List<PdfLine> apart(PdfPage page) {
    List<PdfLine> byHeight = new ArrayList<>(page.lines());
    byHeight.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
    List<PdfLine> found = new ArrayList<>(edge(page, byHeight));
    Collections.reverse(byHeight);
    found.addAll(edge(page, byHeight));
    return found;
  }

  /** The furniture by shape at the edge where the lines, ordered from the edge inwards, start. */
  private static List<PdfLine> edge(PdfPage page, List<PdfLine> fromEdge) {
    List<PdfLine> block = new ArrayList<>();
    for (PdfLine line : fromEdge) {
      boolean gap = !block.isEmpty() && isApart(block.get(block.size() - 1), line);
      if (gap) {
        return block;
      }
      if (!inBand(line, page) || !holdsOnlyFurniture(line.text())) {
        return List.of(); // no gap between the last furniture-like line and the body
      }
      block.add(line);
    }
    return block;
  }

  private static boolean isApart(PdfLine a, PdfLine b) {
    return Math.abs(a.baseline() - b.baseline()) >= APART * Math.max(a.size(), b.size());
  }

  /**
   * Whether every word of the text belongs to a document symbol (of several words perhaps: {@code
   * COM(2026) 123 final}), a date, a job number or a page number.
   */
  private static boolean holdsOnlyFurniture(String text) {
    String rest = StructureRecognizer.withoutSymbols(
        JOB_NUMBER.matcher(StructureRecognizer.DATE.matcher(text).replaceAll(" ")).replaceAll(" "));
    for (String token : rest.split("\\s+")) {
      if (!token.isEmpty() && !PAGE_WORD.matcher(token).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean inBand(PdfLine line, PdfPage page) {
    return line.baseline() < BAND * page.height() || line.baseline() > (1 - BAND) * page.height();
  }

  /**
   * What stays the same from page to page: the height, and the text without its numbers and
   * months. A heading or labelled paragraph ({@code Article 2}, {@code 3.}) must recur exactly: the
   * next page's {@code Article 3} at the same height is body text.
   */
  private static String key(PdfLine line) {
    String text = line.text();
    if (!StructureRecognizer.isStructural(text)) {
      text = DIGITS.matcher(text).replaceAll("#");
      text = MONTH.matcher(text).replaceAll("<month>");
    }
    return Math.round(line.baseline() / 2) + "|" + text;
  }

  /** A short line that holds a job number ({@code V.24-05942}), perhaps with a page number. */
  private static boolean isJobLine(String text) {
    return text.length() <= 40 && JOB_NUMBER.matcher(text).find();
  }

  /** The symbol and the date among the page's furniture, each as a line of its own. */
  private static List<PdfLine> header(PdfPage page, Set<PdfLine> furniture) {
    PdfLine symbol = null;
    PdfLine date = null;
    for (PdfLine line : page.lines()) {
      if (!furniture.contains(line)) {
        continue;
      }
      String token = StructureRecognizer.symbolIn(line.text());
      if (symbol == null && !token.isEmpty()) {
        symbol = line.withText(token, List.of());
      }
      Matcher d = StructureRecognizer.DATE.matcher(line.text());
      if (date == null && d.find()) {
        date = line.withText(d.group(), List.of());
      }
    }
    List<PdfLine> header = new ArrayList<>();
    if (symbol != null) {
      header.add(symbol);
    }
    if (date != null) {
      header.add(date);
    }
    return header;
  }
}

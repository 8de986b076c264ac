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
 * Turns the lines of a PDF's pages into {@link SourceLine}s for the {@link StructureRecognizer}, the
 * way a plain-text draft has them: page furniture left out (the first page's symbol and date fed
 * once as header lines), a blank line wherever spacing, indentation, alignment or type says a
 * paragraph ends, words broken at line ends joined, the text's own {@code [^} escaped ({@link
 * NoteMarkers}), footnote markers as {@code [^1]} and each
 * footnote as a block {@code [^1]: text} after the paragraph that cites it, whether it stands at a
 * page's bottom or, numbered, at the document's end. Every source line
 * carries its page; its line number counts every text line of the document in reading order.
 *
 * <p>Pages set in two columns, rotated pages and pages that hold only an image are read as well as
 * can be, with a warning naming the file and the page. One instance reads one document once; not
 * thread-safe.
 */
final class PdfLayout {
  /** A line at least this much shorter than the text block ends its paragraph. */
  private static final float SHORT_LINE = 0.15f;
  /** Footnotes are set smaller than this share of the body's type size. */
  private static final float NOTE_SIZE = 0.9f;
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.;:!?)\\]\"\u201D]$");
  /** A list item's end: a semicolon or colon (Latin, full-width, Arabic) and at most a short connective word or two ({@code ; and/or}). */
  private static final Pattern ENDS_ITEM = Pattern.compile("[;:\uFF1B\uFF1A\u061B]\\s*\\p{L}{1,5}(?:/\\p{L}{1,5})?$");
  /** How a sentence starts: a capital, a letter of a script without case (Arabic, Chinese), a digit, a quotation mark or a bracket. */
  private static final Pattern STARTS_SENTENCE = Pattern.compile("^[\\p{Lu}\\p{Lo}\\p{Ps}\\d\"\u201C\u00AB]");
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
  private static final int HEADER_LOOKAHEAD = 8;
  /** A note at the document's end: its number, then its text. */
  private static final Pattern ENDNOTE = Pattern.compile("(\\d{1,3})[.)]?\\s+(\\S.*)");
  /** How many paragraphs after its first one a note at the document's end may run to. */
  private static final int MAX_NOTE_PARAGRAPHS = 3;
  /** The arrow an HTML note ends with, leading back to its marker. */
  private static final Pattern BACK_LINK = Pattern.compile("\\s*\uFE0E?\u21A9\uFE0E?\\s*$");
  /** How far, in points, a centred line's middle may be from the text block's. */
  private static final float CENTRED = 2.5f;
  /** The width of a space, as a share of the type size. */
  private static final float SPACE = 0.25f;

  private final String fileName;
  private final List<PdfPage> pages;
  private final List<String> warnings;
  private final PageFurniture furniture;
  private float[] leftEdges = {0, 0};
  private float bodySize;
  private float pitch;
  private float textWidth;

  PdfLayout(String fileName, List<PdfPage> pages, List<String> warnings) {
    this.fileName = fileName;
    this.pages = pages;
    this.warnings = warnings;
    this.furniture = PageFurniture.of(pages);
  }

  /** A footnote as read at a page's bottom. */
  private static final class Note {
    final String number;
    String id;
    final int page;
    final List<PdfLine> lines = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    boolean cited;

    Note(String number, int page) {
      this.number = number;
      this.page = page;
    }
  }

  /** Consecutive body lines that form one paragraph, heading or title. */
  private static final class Paragraph {
    final List<PdfLine> lines = new ArrayList<>();
    final List<SourceLine> texts = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    boolean centred = true;

    /**
     * Whether the paragraph is set as a heading or title, every line centred or bold, so that its
     * lines go to the recognizer as one: a heading whose title wraps ({@code Article 15. Solicitation
     * ...} over two lines) must not end at its first line.
     */
    boolean isHeading() {
      return centred || lines.stream().allMatch(PdfLine::bold);
    }
  }

  /**
   * The document's text as source lines; empty where the pages hold no text besides page
   * furniture.
   */
  List<SourceLine> lines() {
    measure();
    Set<PdfLine> noteLines = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Integer, List<Note>> notesByPage = new HashMap<>();
    List<Note> notes = new ArrayList<>();
    List<PdfLine> body = new ArrayList<>();
    for (PdfPage page : pages) {
      List<PdfLine> content = page.lines().stream().filter(l -> !furniture.contains(l)).toList();
      List<Note> pageNotes = footnotes(page, content, notes, noteLines);
      notes.addAll(pageNotes);
      notesByPage.put(page.number(), pageNotes);
      List<PdfLine> pageBody = content.stream().filter(l -> !noteLines.contains(l)).toList();
      check(page, pageBody);
      body.addAll(pageBody);
    }
    if (body.isEmpty()) {
      return List.of();
    }
    List<Paragraph> paragraphs = paragraphs(body);
    List<Note> endnotes = endnotes(paragraphs, notesByPage);
    notes.addAll(endnotes);
    numberNotes(notes);
    cite(paragraphs, notesByPage, endnotes, notes);
    List<String> all = new ArrayList<>();
    paragraphs.forEach(p -> p.texts.forEach(t -> all.add(t.text())));
    notes.forEach(n -> all.addAll(n.texts));
    Hyphenation hyphenation = new Hyphenation(all);

    List<SourceLine> out = new ArrayList<>();
    for (PdfLine header : furniture.header()) {
      if (!bodyStartsWith(body, header.text())) {
        out.add(new SourceLine(NoteMarkers.encode(NoteMarkers.source(header.text())), header.number(), header.page()));
        out.add(new SourceLine("", header.number(), header.page()));
      }
    }
    for (Paragraph paragraph : paragraphs) {
      List<SourceLine> texts = WrappedHeadings.join(hyphenation.join(paragraph.texts));
      if (texts.size() > 1 && paragraph.isHeading()) {
        String joined = String.join(" ", texts.stream().map(SourceLine::text).toList());
        texts = List.of(new SourceLine(joined, texts.get(0).line(), texts.get(0).page()));
      } else {
        texts = runOn(paragraph, texts);
      }
      emit(out, texts);
      for (Note note : paragraph.notes) {
        List<SourceLine> noteTexts = new ArrayList<>();
        for (int i = 0; i < note.lines.size(); i++) {
          PdfLine line = note.lines.get(i);
          String text = (i == 0 ? "[^" + note.id + "]: " : "") + NoteMarkers.encode(NoteMarkers.source(note.texts.get(i)));
          noteTexts.add(new SourceLine(text, line.number(), line.page()));
        }
        // One line: the layout has found where the note ends, and a line of it that starts with a
        // number (its text wrapped before "3. The chair ...") must not read as a clause of its own.
        List<SourceLine> joined = hyphenation.join(noteTexts);
        String text = String.join(" ", joined.stream().map(SourceLine::text).toList());
        emit(out, List.of(new SourceLine(text, joined.get(0).line(), joined.get(0).page())));
      }
    }
    return out;
  }

  /**
   * The paragraph's lines, each line that the typesetter broke mid-sentence (it fills the measure
   * and ends no sentence) joined with the line after it: what starts that next line ({@code 3. The
   * chair ...} after {@code ... set out in rule}, {@code Article 12 of ...} after {@code ... as
   * provided in}) runs on in the sentence and must not read as a clause or heading of its own. A line
   * after a short line, or after a sentence's end, stays a line of its own for the recognizer.
   */
  private List<SourceLine> runOn(Paragraph paragraph, List<SourceLine> texts) {
    Map<Integer, Integer> index = new HashMap<>();
    for (int i = 0; i < paragraph.lines.size(); i++) {
      index.put(paragraph.lines.get(i).number(), i);
    }
    List<SourceLine> out = new ArrayList<>();
    for (SourceLine text : texts) {
      Integer at = index.get(text.line());
      if (!out.isEmpty() && at != null && at > 0) {
        PdfLine before = paragraph.lines.get(at - 1);
        SourceLine last = out.get(out.size() - 1);
        if (!isShort(before) && !endsItem(before.text()) && !endsItem(last.text())) {
          out.set(out.size() - 1, new SourceLine(last.text() + " " + text.text(), last.line(), last.page()));
          continue;
        }
      }
      out.add(text);
    }
    return out;
  }

  /**
   * Whether a line ends a sentence or a list's item: its last character closes one, or a semicolon
   * or colon is followed only by a short connective ({@code ; and}, {@code ; or}, {@code ; et},
   * {@code ; y}, {@code ; и}), after which a subparagraph's label starts the next line.
   */
  private static boolean endsItem(String text) {
    return ENDS_SENTENCE.matcher(text).find() || ENDS_ITEM.matcher(text).find();
  }

  private static void emit(List<SourceLine> out, List<SourceLine> block) {
    out.addAll(block);
    SourceLine last = block.get(block.size() - 1);
    out.add(new SourceLine("", last.line(), last.page()));
  }

  private static boolean bodyStartsWith(List<PdfLine> body, String text) {
    return body.stream().limit(HEADER_LOOKAHEAD).anyMatch(l -> l.text().contains(text));
  }

  // ---------------------------------------------------------------------------------------------
  // Measures of the page: type size, line pitch, margins

  private void measure() {
    Map<Integer, Integer> sizes = new HashMap<>();
    for (PdfPage page : pages) {
      for (PdfLine line : page.lines()) {
        if (!furniture.contains(line)) {
          sizes.merge(Math.round(line.size() * 4), line.text().length(), Integer::sum);
        }
      }
    }
    bodySize = sizes.isEmpty() ? 10 : mode(sizes) / 4f;
    float[] lefts = {Float.MAX_VALUE, Float.MAX_VALUE};
    for (PdfPage page : pages) {
      for (PdfLine line : page.lines()) {
        if (!furniture.contains(line) && isBodySize(line) && isUpright(page, line)) {
          lefts[page.number() % 2] = Math.min(lefts[page.number() % 2], line.x0());
        }
      }
    }
    // Odd and even pages may have mirrored margins: each has its own left edge.
    for (int parity = 0; parity < 2; parity++) {
      if (lefts[parity] == Float.MAX_VALUE) {
        lefts[parity] = lefts[1 - parity] == Float.MAX_VALUE ? 0 : lefts[1 - parity];
      }
    }
    leftEdges = lefts;
    List<Float> extents = new ArrayList<>();
    for (PdfPage page : pages) {
      for (PdfLine line : page.lines()) {
        if (!furniture.contains(line) && isBodySize(line) && isUpright(page, line)) {
          extents.add(line.x1() - left(line.page()));
        }
      }
    }
    Collections.sort(extents);
    textWidth =
        extents.isEmpty()
            ? pages.isEmpty() ? 0 : pages.get(0).width()
            : extents.get(Math.max(0, extents.size() - 1 - extents.size() / 50));
    // A short draft may have no body line that fills the measure (one-line Chinese paragraphs): a
    // line in other type that reaches further (a heading, a note) still shows where the margin is.
    List<Float> anySize = new ArrayList<>();
    for (PdfPage page : pages) {
      for (PdfLine line : page.lines()) {
        if (!furniture.contains(line) && isUpright(page, line)) {
          anySize.add(line.x1() - left(line.page()));
        }
      }
    }
    Collections.sort(anySize);
    if (!anySize.isEmpty()) {
      textWidth = Math.max(textWidth, anySize.get(Math.max(0, anySize.size() - 1 - anySize.size() / 50)));
    }
    pitch = measurePitch();
  }

  /**
   * The most common distance between the baselines of two body lines of one paragraph: after a
   * line that fills the measure, where the paragraph runs on; in a short draft most lines are
   * paragraphs of their own and the space between paragraphs would count more often. Where no
   * line fills the measure, the most common distance between any two body lines.
   */
  private float measurePitch() {
    Map<Integer, Integer> runOn = new HashMap<>();
    Map<Integer, Integer> any = new HashMap<>();
    for (PdfPage page : pages) {
      PdfLine previous = null;
      for (PdfLine line : page.lines()) {
        if (furniture.contains(line) || !isBodySize(line)) {
          previous = null;
          continue;
        }
        if (previous != null) {
          float gap = line.baseline() - previous.baseline();
          if (gap > 0.5f * bodySize && gap < 3 * bodySize) {
            any.merge(Math.round(gap * 2), 1, Integer::sum);
            if (!isShort(previous)) {
              runOn.merge(Math.round(gap * 2), 1, Integer::sum);
            }
          }
        }
        previous = line;
      }
    }
    Map<Integer, Integer> gaps = runOn.isEmpty() ? any : runOn;
    if (gaps.isEmpty()) {
      return 1.2f * bodySize;
    }
    // Where most paragraphs are of one full line, the space between paragraphs may be the most
    // common gap after a full line; the lines of one paragraph are never further apart than that,
    // so a smaller gap that recurs is the pitch.
    int mode = mode(gaps);
    int floor = Math.max(2, gaps.get(mode) / 5);
    int pitchKey = mode;
    for (Map.Entry<Integer, Integer> e : gaps.entrySet()) {
      if (e.getKey() < pitchKey && e.getValue() >= floor) {
        pitchKey = e.getKey();
      }
    }
    return pitchKey / 2f;
  }

  /** Whether the line is upright text on an upright page: only such lines give the margins. */
  private static boolean isUpright(PdfPage page, PdfLine line) {
    return page.rotation() == 0 && !line.sideways();
  }

  private boolean isBodySize(PdfLine line) {
    return Math.abs(line.size() - bodySize) < 0.25f;
  }

  private static int mode(Map<Integer, Integer> histogram) {
    int best = 0;
    int count = -1;
    for (Map.Entry<Integer, Integer> e : histogram.entrySet()) {
      if (e.getValue() > count || (e.getValue() == count && e.getKey() < best)) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return best;
  }

  private float left(int page) {
    return leftEdges[page % 2];
  }

  /** The line's pitch (baseline to baseline) for type of this size. */
  private float pitchFor(float size) {
    return pitch * size / bodySize;
  }

  private boolean centred(PdfLine line) {
    float left = left(line.page());
    return line.x0() > left + 2 && line.x1() < left + textWidth - 2 && isMiddleCentred(line);
  }

  /** Whether the line's middle is the text block's: a centred line, or one that fills the measure. */
  private boolean isMiddleCentred(PdfLine line) {
    return Math.abs(line.middle() - (left(line.page()) + textWidth / 2)) < CENTRED;
  }

  /**
   * Whether the line's first word would have fitted at the end of the line before: if it would,
   * the typesetter did not break the line there, the author did (a capital after a short line
   * may be any noun in German; Arabic and Chinese have no capitals).
   */
  private boolean fitsAfter(PdfLine previous, PdfLine line) {
    float room = left(previous.page()) + textWidth - previous.x1();
    return line.firstWordWidth() + SPACE * line.size() < room;
  }

  private boolean isShort(PdfLine line) {
    return textWidth - (line.x1() - left(line.page())) > SHORT_LINE * textWidth;
  }

  // ---------------------------------------------------------------------------------------------
  // Footnotes

  /**
   * The footnotes at the bottom of the page: the lines below a footnote separator (a short rule
   * drawn from the left margin, see {@link #separated}) whatever their type, or else the lines below
   * the body set in smaller type, when the first starts with a number or a gap sets them apart.
   * Lines without a number continue the footnote before them, on this page or the one before.
   */
  private List<Note> footnotes(PdfPage page, List<PdfLine> content, List<Note> earlier, Set<PdfLine> noteLines) {
    List<PdfLine> byHeight = new ArrayList<>(content);
    byHeight.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
    Note last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    int k = separated(page, byHeight, last);
    boolean ruled = k >= 0;
    if (!ruled) {
      k = byHeight.size();
      while (k > 0 && byHeight.get(k - 1).size() < NOTE_SIZE * bodySize) {
        k--;
      }
      if (k == byHeight.size()) {
        return List.of();
      }
      PdfLine top = byHeight.get(k);
      if (top.baseline() < 0.4f * page.height()) {
        return List.of();
      }
      boolean numbered = noteNumber(top) != null;
      boolean apart = k > 0 && top.baseline() - byHeight.get(k - 1).baseline() > 1.5f * pitch;
      if (!numbered && !apart) {
        return List.of();
      }
    }
    List<Note> notes = new ArrayList<>();
    Note current = last;
    Set<String> cited = new HashSet<>();
    for (PdfLine line : byHeight.subList(0, k)) {
      line.markers().forEach(span -> cited.add(line.text().substring(span.start(), span.end())));
    }
    for (PdfLine line : byHeight.subList(k, byHeight.size())) {
      String[] number = ruled ? noteNumber(line, current) : noteNumber(line);
      if (current != null) {
        number = noteStart(line, number, current, cited);
      }
      if (number != null) {
        current = new Note(number[0], page.number());
        notes.add(current);
        current.lines.add(line);
        current.texts.add(number[1]);
      } else if (current != null) {
        current.lines.add(line);
        current.texts.add(line.text());
      } else {
        continue; // text in small type, set apart, before any footnote: leave it in the body
      }
      noteLines.add(line);
    }
    return notes;
  }

  /**
   * Where the page's footnotes start below a separator: the index in {@code byHeight} of the first
   * line below the lowest rule drawn in the page's lower part that starts at the left margin and
   * ends within the right one (a continuation separator may be as wide as the text), strikes
   * through or underlines no line, and stands a
   * few lines at most above a line that starts with a note's number (or, where a note may continue
   * from the page before, any line); -1 where there is none.
   */
  private int separated(PdfPage page, List<PdfLine> byHeight, Note last) {
    PdfPage.Rule separator = null;
    for (PdfPage.Rule rule : page.rules()) {
      if (rule.y() > 0.4f * page.height()
          && Math.abs(rule.x0() - left(page.number())) <= bodySize
          && rule.x1() <= page.width() - left(page.number()) + bodySize
          && (separator == null || rule.y() > separator.y())) {
        separator = rule;
      }
    }
    if (separator == null) {
      return -1;
    }
    int k = 0;
    while (k < byHeight.size() && byHeight.get(k).baseline() < separator.y()) {
      k++;
    }
    if (k == byHeight.size()) {
      return -1;
    }
    for (PdfLine line : byHeight) {
      float above = separator.y() - line.baseline();
      boolean across = line.x0() < separator.x1() && line.x1() > separator.x0();
      if (across && above > -0.6f * line.size() && above < 0.3f * line.size()) {
        return -1; // an underline or a line struck through
      }
    }
    PdfLine first = byHeight.get(k);
    if (first.baseline() - separator.y() > 3 * pitchFor(first.size())) {
      return -1;
    }
    return noteNumber(first, last) != null || last != null ? k : -1;
  }

  /**
   * The number a line below a separator starts with and the text after it, or null: as {@link
   * #noteNumber(PdfLine)}, or a number that is the line's first word, neither raised nor set apart,
   * where it is the number after the last note's (any number for the first note).
   */
  private static String[] noteNumber(PdfLine line, Note last) {
    String[] number = noteNumber(line);
    int space = line.text().indexOf(' ');
    if (number != null || space < 0) {
      return number;
    }
    String first = line.text().substring(0, space);
    boolean next = last == null || (BARE_NUMBER.matcher(last.number).matches()
        && BARE_NUMBER.matcher(first).matches() && Integer.parseInt(last.number) + 1 == Integer.parseInt(first));
    if (!BARE_NUMBER.matcher(first).matches() || !next) {
      return null;
    }
    return new String[] {first, line.text().substring(space + 1).strip()};
  }

  /** The footnote number the line starts with and the text after it, or null. */
  private static String[] noteNumber(PdfLine line) {
    if (!line.markers().isEmpty() && line.markers().get(0).start() == 0) {
      PdfLine.Span span = line.markers().get(0);
      return new String[] {line.text().substring(0, span.end()), line.text().substring(span.end()).strip()};
    }
    if (line.hangingLabel()) {
      int space = line.text().indexOf(' ');
      String first = space < 0 ? line.text() : line.text().substring(0, space);
      if (BARE_NUMBER.matcher(first).matches()) {
        return new String[] {first, space < 0 ? "" : line.text().substring(space + 1).strip()};
      }
    }
    return null;
  }

  /**
   * The number and text of a note that a line below the notes starts while a note is open, or null
   * where the line continues the open one (whose text may wrap onto a line that starts with a number:
   * {@code 4 States ...}). A raised number starts a note. A number set as a word of the line starts one only where it
   * stands in the column where the open note's number stands, not in the column where its text
   * runs on; and, where the notes' text runs on in the numbers' column, only when the open note's
   * last line ends short or ends a sentence and the page's text cites the number. The number
   * after the open note's starts one with the same evidence, though the page's layout did not show it
   * as a note's number (a note glued to the one before).
   */
  private String[] noteStart(PdfLine line, String[] found, Note current, Set<String> cited) {
    boolean raised = !line.markers().isEmpty() && line.markers().get(0).start() == 0;
    if (raised) {
      return found;
    }
    String[] number = found;
    String[] words = line.text().split(" ", 2);
    if (number == null) {
      // A note glued to the open one: its number a word of the line, the number after the open note's.
      if (!BARE_NUMBER.matcher(words[0]).matches() || !BARE_NUMBER.matcher(current.number).matches()
          || Integer.parseInt(current.number) + 1 != Integer.parseInt(words[0])) {
        return null;
      }
      number = new String[] {words[0], words.length > 1 ? words[1].strip() : ""};
    }
    PdfLine opening = current.lines.get(0);
    float tolerance = 0.5f * line.size();
    float numbers = indent(opening);
    if (Math.abs(indent(line) - numbers) > tolerance) {
      return null; // not where the open note's number stands
    }
    boolean hanging = opening.textX() > opening.x0() + tolerance
        && current.lines.stream().skip(1).allMatch(l -> Math.abs(indent(l) - numbers) > tolerance);
    if (hanging) {
      return number; // the open note's text runs on right of the numbers' column: this is a number
    }
    PdfLine previous = current.lines.get(current.lines.size() - 1);
    boolean ended = isShort(previous) || ENDS_SENTENCE.matcher(previous.text()).find();
    return ended && cited.contains(number[0]) ? number : null;
  }

  /** Where the line starts, measured from its page's left margin (odd and even pages may differ). */
  private float indent(PdfLine line) {
    return line.x0() - left(line.page());
  }

  /** Gives each footnote its marker: its number, or its number and page where the number repeats. */
  private static void numberNotes(List<Note> notes) {
    Set<String> used = new HashSet<>();
    for (Note note : notes) {
      note.id = used.add(note.number) ? note.number : note.number + "-p" + note.page;
      used.add(note.id);
    }
  }

  /**
   * Turns every superscript number that matches a footnote on its page (or the next or previous
   * page) into a marker {@code [^1]} and attaches the footnote to the paragraph; other superscript
   * digits stay as they are. Footnotes no paragraph cites go after the last paragraph that starts
   * on or before their page.
   */
  private void cite(List<Paragraph> paragraphs, Map<Integer, List<Note>> notesByPage, List<Note> endnotes, List<Note> notes) {
    for (Paragraph paragraph : paragraphs) {
      for (PdfLine line : paragraph.lines) {
        String text = line.text();
        if (line.markers().isEmpty()) {
          text = NoteMarkers.source(text);
        } else {
          StringBuilder b = new StringBuilder();
          int at = 0;
          for (PdfLine.Span span : line.markers()) {
            b.append(NoteMarkers.source(text.substring(at, span.start())));
            String digits = text.substring(span.start(), span.end());
            Note note = uncited(notesByPage, line.page(), digits);
            if (note == null) {
              note = endnotes.stream().filter(n -> !n.cited && n.number.equals(digits)).findFirst().orElse(null);
            }
            if (note == null) {
              b.append(digits);
            } else {
              note.cited = true;
              paragraph.notes.add(note);
              while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
                b.setLength(b.length() - 1);
              }
              b.append(NoteMarkers.reference(note.id));
            }
            at = span.end();
          }
          b.append(NoteMarkers.source(text.substring(at)));
          text = b.toString().strip();
        }
        paragraph.texts.add(new SourceLine(NoteMarkers.encode(text), line.number(), line.page()));
      }
    }
    for (Note note : notes) {
      if (note.cited) {
        continue;
      }
      Paragraph host = paragraphs.get(0);
      for (Paragraph p : paragraphs) {
        if (p.lines.get(0).page() <= note.page) {
          host = p;
        }
      }
      host.notes.add(note);
    }
  }

  /**
   * The notes a browser or an HTML converter sets at the document's end: its last paragraphs,
   * numbered 1 to n in order ({@code 1. text}), where every number is a superscript marker earlier
   * in the text that no footnote at a page's bottom answers. They are taken out of the paragraphs;
   * a back-link arrow at a note's end ({@code ↩}) is dropped.
   */
  private static List<Note> endnotes(List<Paragraph> paragraphs, Map<Integer, List<Note>> notesByPage) {
    List<Paragraph> run = new ArrayList<>(); // the notes' first paragraphs
    Map<Paragraph, List<Paragraph>> continued = new IdentityHashMap<>();
    List<Paragraph> pending = new ArrayList<>();
    int expected = -1;
    int taken = 0;
    for (int i = paragraphs.size() - 1; i >= 0 && expected != 0; i--) {
      Paragraph p = paragraphs.get(i);
      Matcher m = ENDNOTE.matcher(p.lines.get(0).text());
      if (!m.matches()) {
        if (pending.size() == MAX_NOTE_PARAGRAPHS) {
          break;
        }
        pending.add(0, p); // a note's later lines, set apart from its first (a centred-looking first line)
        continue;
      }
      if (expected > 0 && Integer.parseInt(m.group(1)) != expected) {
        break;
      }
      expected = Integer.parseInt(m.group(1)) - 1;
      run.add(0, p);
      continued.put(p, new ArrayList<>(pending));
      taken += 1 + pending.size();
      pending.clear();
    }
    if (run.isEmpty() || expected != 0) {
      return List.of();
    }
    Set<String> unanswered = new HashSet<>();
    for (Paragraph p : paragraphs.subList(0, paragraphs.size() - taken)) {
      for (PdfLine line : p.lines) {
        for (PdfLine.Span span : line.markers()) {
          String digits = line.text().substring(span.start(), span.end());
          if (notesOn(notesByPage, line.page()).noneMatch(n -> n.number.equals(digits))) {
            unanswered.add(digits);
          }
        }
      }
    }
    for (int n = 1; n <= run.size(); n++) {
      if (!unanswered.contains(String.valueOf(n))) {
        return List.of();
      }
    }
    List<Note> notes = new ArrayList<>();
    for (Paragraph p : run) {
      PdfLine first = p.lines.get(0);
      Matcher m = ENDNOTE.matcher(first.text());
      m.matches();
      Note note = new Note(m.group(1), first.page());
      List<PdfLine> lines = new ArrayList<>(p.lines);
      continued.get(p).forEach(c -> lines.addAll(c.lines));
      for (int i = 0; i < lines.size(); i++) {
        note.lines.add(lines.get(i));
        String text = i == 0 ? m.group(2) : lines.get(i).text();
        note.texts.add(i == lines.size() - 1 ? BACK_LINK.matcher(text).replaceFirst("") : text);
      }
      notes.add(note);
    }
    paragraphs.subList(paragraphs.size() - taken, paragraphs.size()).clear();
    return notes;
  }

  private static java.util.stream.Stream<Note> notesOn(Map<Integer, List<Note>> notesByPage, int page) {
    return java.util.stream.Stream.of(page, page + 1, page - 1).flatMap(p -> notesByPage.getOrDefault(p, List.of()).stream());
  }

  private static Note uncited(Map<Integer, List<Note>> notesByPage, int page, String number) {
    for (int p : new int[] {page, page + 1, page - 1}) {
      for (Note note : notesByPage.getOrDefault(p, List.of())) {
        if (!note.cited && note.number.equals(number)) {
          return note;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Paragraphs

  private List<Paragraph> paragraphs(List<PdfLine> body) {
    List<Paragraph> paragraphs = new ArrayList<>();
    Paragraph current = null;
    PdfLine previous = null;
    boolean previousFirst = false;
    boolean previousCentred = false;
    for (PdfLine line : body) {
      // A line that starts where the text of the line before starts is not centred, whatever its length.
      // (Where the line before starts its text: after a label only on a paragraph's first line, since a
      // number such as the 2 of "paragraph 2" may start any other line.)
      boolean centred = centred(line) && (previous == null || previousCentred
          || (Math.abs(line.x0() - previous.textX()) >= 1 && (previousFirst || Math.abs(line.x0() - previous.x0()) >= 1)));
      boolean starts = previous == null || startsParagraph(previous, previousFirst, previousCentred, line, centred);
      if (starts) {
        current = new Paragraph();
        paragraphs.add(current);
      }
      current.lines.add(line);
      current.centred &= centred;
      previous = line;
      previousFirst = starts;
      previousCentred = centred;
    }
    return paragraphs;
  }

  /**
   * Whether the line starts a paragraph: a label in its own column or after the end of a sentence
   * or clause, a change of type or alignment,
   * a gap wider than the line pitch, a short line before it that ends a sentence, or a change of
   * indentation that is neither a first line's indent nor the return from a label.
   */
  private boolean startsParagraph(
      PdfLine previous, boolean previousFirst, boolean previousCentred, PdfLine line, boolean centred) {
    if (line.hangingLabel() || (line.startsWithLabel() && ENDS_SENTENCE.matcher(previous.text()).find())) {
      return true;
    }
    if (previous.bold() != line.bold() || Math.abs(previous.size() - line.size()) > 0.5f) {
      return true;
    }
    if (previousCentred != centred && !(centred && isMiddleCentred(previous))) {
      return true; // a centred line after one set otherwise; but a centred title's first line may fill the measure
    }
    float size = Math.max(previous.size(), line.size());
    if (previous.page() == line.page()) {
      float gap = line.baseline() - previous.baseline();
      if (gap < 0.3f * size || gap > 1.3f * pitchFor(size)) {
        return true;
      }
    }
    if (centred) {
      return false;
    }
    if (Hyphenation.brokenWordStart(previous.text()) < 0
        && ((isShort(previous) && ENDS_SENTENCE.matcher(previous.text()).find())
            || (STARTS_SENTENCE.matcher(line.text()).find() && fitsAfter(previous, line)))) {
      return true;
    }
    // Where the paragraph's text runs: after the label on its first line, at the start of any other.
    float tolerance = 0.5f * size;
    float x = line.x0() - left(line.page());
    float previousX = (previousFirst ? previous.textX() : previous.x0()) - left(previous.page());
    if (x > previousX + tolerance) {
      return true;
    }
    if (x < previousX - tolerance) {
      // Left of a first line: its indent, or a label run into the text; left of any other: a new paragraph.
      return !previousFirst;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Pages that may not read in order

  private void check(PdfPage page, List<PdfLine> body) {
    if (page.lines().isEmpty()) {
      if (page.hasImage()) {
        warnings.add(fileName + ": page " + page.number() + " holds only an image; any text on it was not read (OCR is needed)");
      }
      return;
    }
    long sideways = page.lines().stream().filter(PdfLine::sideways).count();
    if (page.rotation() != 0 || sideways * 2 > page.lines().size()) {
      warnings.add(
          fileName + ": page " + page.number() + " is rotated"
              + (page.rotation() != 0 ? " by " + page.rotation() + " degrees" : " (its text runs sideways)")
              + "; check that its text reads in order");
    }
    if (twoColumns(page, body)) {
      warnings.add(fileName + ": page " + page.number() + " is set in two columns; check that its text reads in order");
    }
  }

  /**
   * Whether the body of the page stands in two columns: lines with a wide gap across the middle
   * of the text block, or lines right of the middle beside lines left of it.
   */
  private boolean twoColumns(PdfPage page, List<PdfLine> body) {
    float middle = left(page.number()) + textWidth / 2;
    int evidence = 0;
    List<PdfLine> leftSide = new ArrayList<>();
    List<PdfLine> rightSide = new ArrayList<>();
    for (PdfLine line : body) {
      if (line.gapTo() - line.gapFrom() >= 1.5f * line.size() && line.gapFrom() < middle && line.gapTo() > middle) {
        evidence++;
      }
      if (line.x1() <= middle) {
        leftSide.add(line);
      } else if (line.x0() >= middle) {
        rightSide.add(line);
      }
    }
    for (PdfLine right : rightSide) {
      for (PdfLine left : leftSide) {
        if (Math.abs(left.baseline() - right.baseline()) < 0.5f * right.size()) {
          evidence++;
          break;
        }
      }
    }
    return evidence >= 3;
  }
}

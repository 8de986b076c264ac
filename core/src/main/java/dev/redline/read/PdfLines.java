package dev.redline.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import dev.redline.model.Format;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the text of a PDF document as {@link PdfLine}s, page by page, using PDFBox's grouping of
 * glyphs into lines and words and keeping what layout analysis needs: position, size, weight and
 * superscript digits.
 *
 * <p>Text is given in reading (logical) order. PDFBox gives right-to-left words in their own order
 * but the words of a line as they stand on the page, from left to right; a line that holds Arabic
 * or Hebrew letters is therefore put together again from its glyphs' positions and reordered by the
 * Unicode bidirectional algorithm, with the page's direction as the line's: a page where most
 * letters run right to left is measured from its right edge, so that the layout analysis reads its
 * margins and indents as on any other page (a line there without such letters, a document symbol
 * say, is only mirrored, its label not looked for), unless its lines are set flush with its left
 * edge, where a paragraph's last line is then short rather than indented. Chinese and Japanese lines gain no spaces where PDFBox
 * infers one from the narrow gap a word processor leaves between ideographs and Latin letters or
 * digits ({@code 2024年6月14日}); a space the PDF draws is kept. One instance reads one document once;
 * not thread-safe.
 */
final class PdfLines extends PDFTextStripper {
  /** A label that may stand in its own column before a paragraph's text. */
  private static final Pattern LABEL =
      Pattern.compile("\\d{1,3}\\.?|\\(\\d{1,3}\\)|\\d{1,3}\\)|\\([a-z]{1,5}\\)|[a-z]\\)|[a-z]\\.|\\*{1,3}");
  private static final int MAX_IMAGE_DEPTH = 3;
  /**
   * A gap narrower than this share of the type size between an ideograph and a Latin letter or
   * digit is not a space: a typesetter (XeLaTeX's xeCJK) sets a third of an em there, stretched on
   * a justified line, where the text has none.
   */
  private static final float IDEOGRAPHIC_GAP = 0.5f;
  /** Between two ideographs, which abut, a gap of this share of the type size is a space (an ideographic space set as a gap). */
  private static final float BETWEEN_IDEOGRAPHS_GAP = 0.15f;
  /** In a right-to-left line put together from positions, a gap this wide (share of the type size) is a space. */
  private static final float WORD_GAP = 0.15f;
  /** Between two glyphs PDFBox put in one word, a gap this wide (share of the type size) is a space. */
  private static final float TIGHT_SPACE = 0.17f;
  /** A piece of a line split off by PDFBox starts at most this far (share of the type size) after it. */
  private static final float FRAGMENT_GAP = 0.5f;
  /** How far apart in PDFBox's order a piece and its line may be. */
  private static final int FRAGMENT_WINDOW = 3;
  /** The longest piece of a line (a marker, its punctuation) joined to it. */
  private static final int MAX_PIECE = 4;
  /** Brackets in pairs, each opening one at an even index followed by its closing one. */
  private static final String PAIRS = "()[]{}<>\u00AB\u00BB\u2039\u203A";
  /** A line whose edge is this close (share of its type size) to the text block's is flush with it. */
  private static final float FLUSH = 0.3f;

  private final List<PdfPage> pages = new ArrayList<>();
  private final Map<PDFont, Format> fontFormats = new IdentityHashMap<>();
  private FormatStream formats = new FormatStream();
  private List<PdfLine> pageLines = new ArrayList<>();
  /** The page's lines with right-to-left letters, by their index in {@code pageLines}, built once the page's direction is known. */
  private final Map<Integer, Collected> collected = new HashMap<>();
  private int lineCount;
  /** How many of the page's letters run right to left, and how many left to right. */
  private int pageRightToLeft;
  private int pageLeftToRight;
  private float pageWidth;
  /** Whether the line being built is measured from the page's right edge. */
  private boolean mirror;
  /** Where the leftmost glyph of the line put together again from positions stands, a space drawn there included. */
  private float drawnLeft = Float.MAX_VALUE;
  /** Where in the line's text brackets stand that belong to right-to-left runs. */
  private final List<Integer> rightToLeftBrackets = new ArrayList<>();

  // The line being collected: its text, its glyphs (no white space) and each glyph's offset in the text.
  private final StringBuilder text = new StringBuilder();
  private final List<TextPosition> glyphs = new ArrayList<>();
  private int[] offsets = new int[256];
  private int[] wordStarts = new int[64];
  private int words;
  private boolean separatorPending;
  /** Every glyph of the line as PDFBox gives it, for lines put together again from positions. */
  private final List<TextPosition> drawn = new ArrayList<>();
  /** How many of the line's letters run right to left, and how many left to right. */
  private int rightToLeftLetters;
  private int leftToRightLetters;

  /** A line with right-to-left letters as collected, before it is built: its glyphs as drawn. */
  private record Collected(List<TextPosition> drawn, int number) {}

  private final ReadProgress progress;
  private int pageCount;

  /** A drawn line this much thicker (points) is not a rule; nor is a shorter one. */
  private static final float MAX_RULE_THICKNESS = 2;
  private static final float MIN_RULE_LENGTH = 10;
  /** The straight segments of the path being built, in page space: x0, y0, x1, y1 (points, from the bottom left). */
  private final List<float[]> path = new ArrayList<>();
  private Point2D.Float pathStart;
  private Point2D.Float pathAt;
  /** The rules the page draws, in page space as {@link #path}: x0, x1, y. */
  private final List<float[]> pageRules = new ArrayList<>();

  private PdfLines(ReadProgress progress) {
    super();
    this.progress = progress;
    addOperator(new PathOperator(this, "m"));
    addOperator(new PathOperator(this, "l"));
    addOperator(new PathOperator(this, "re"));
    addOperator(new PathOperator(this, "h"));
    for (String curve : new String[] {"c", "v", "y"}) {
      addOperator(new PathOperator(this, curve));
    }
    for (String paint : new String[] {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}) {
      addOperator(new PathOperator(this, paint));
    }
  }

  /**
   * Collects the straight segments of the paths the page draws, to find its horizontal rules (a
   * footnote separator); PDFBox's text stripper itself passes over paths.
   */
  private static final class PathOperator extends OperatorProcessor {
    private final PdfLines lines;
    private final String name;

    PathOperator(PdfLines lines, String name) {
      super(lines);
      this.lines = lines;
      this.name = name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      lines.path(name, operands);
    }

    @Override
    public String getName() {
      return name;
    }
  }

  private void path(String operator, List<COSBase> operands) {
    float[] n = new float[operands.size()];
    for (int i = 0; i < n.length; i++) {
      if (!(operands.get(i) instanceof COSNumber number)) {
        return; // a malformed operator: PDFBox's own renderers pass over it too
      }
      n[i] = number.floatValue();
    }
    switch (operator) {
      case "m" -> {
        if (n.length >= 2) {
          pathStart = transformedPoint(n[0], n[1]);
          pathAt = pathStart;
        }
      }
      case "l" -> {
        if (n.length >= 2 && pathAt != null) {
          Point2D.Float to = transformedPoint(n[0], n[1]);
          path.add(new float[] {pathAt.x, pathAt.y, to.x, to.y});
          pathAt = to;
        }
      }
      case "re" -> {
        if (n.length >= 4) {
          Point2D.Float a = transformedPoint(n[0], n[1]);
          Point2D.Float b = transformedPoint(n[0] + n[2], n[1] + n[3]);
          if (Math.abs(a.y - b.y) <= MAX_RULE_THICKNESS) {
            float middle = (a.y + b.y) / 2; // a thin filled rectangle, as a word processor draws a rule
            path.add(new float[] {a.x, middle, b.x, middle});
          }
          pathStart = null;
          pathAt = null;
        }
      }
      case "h" -> {
        if (pathStart != null && pathAt != null) {
          path.add(new float[] {pathAt.x, pathAt.y, pathStart.x, pathStart.y});
          pathAt = pathStart;
        }
      }
      case "c", "v", "y" -> {
        if (n.length >= 2) {
          pathAt = transformedPoint(n[n.length - 2], n[n.length - 1]);
        }
      }
      case "n" -> path.clear(); // a clipping path, not drawn
      default -> {
        for (float[] segment : path) {
          if (Math.abs(segment[1] - segment[3]) <= 0.5f && Math.abs(segment[2] - segment[0]) >= MIN_RULE_LENGTH) {
            pageRules.add(new float[] {Math.min(segment[0], segment[2]), Math.max(segment[0], segment[2]), segment[1]});
          }
        }
        path.clear();
        pathStart = null;
        pathAt = null;
      }
    }
  }

  /** The lines of every page of the document, in page order; {@code progress} is told of each page. */
  static List<PdfPage> read(PDDocument document, ReadProgress progress) throws IOException {
    return read(document, progress, new FormatStream());
  }

  /** The lines of every page, as {@link #read(PDDocument, ReadProgress)}, each glyph's bold and italic added to the stream as drawn. */
  static List<PdfPage> read(PDDocument document, ReadProgress progress, FormatStream formats) throws IOException {
    PdfLines stripper = new PdfLines(progress);
    stripper.formats = formats;
    stripper.pageCount = document.getNumberOfPages();
    stripper.writeText(document, Writer.nullWriter());
    return List.copyOf(stripper.pages);
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    PdfStreams.countContent(page);
    super.processPage(page);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    super.startPage(page);
    pageLines = new ArrayList<>();
    pageRules.clear();
    path.clear();
    collected.clear();
    pageRightToLeft = 0;
    pageLeftToRight = 0;
    resetLine();
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    flushLine();
    PDRectangle box = page.getCropBox();
    int rotation = ((page.getRotation() % 360) + 360) % 360;
    boolean across = rotation == 90 || rotation == 270;
    float width = across ? box.getHeight() : box.getWidth();
    float height = across ? box.getWidth() : box.getHeight();
    pageWidth = width;
    boolean rightToLeft = pageRightToLeft > pageLeftToRight;
    boolean fromRight = rightToLeft && !isFlushLeft();
    List<PdfLine> built = new ArrayList<>(pageLines.size());
    for (int i = 0; i < pageLines.size(); i++) {
      Collected line = collected.get(i);
      if (line != null) {
        drawn.addAll(line.drawn());
        mirror = fromRight;
        reorder(rightToLeft);
        if (!glyphs.isEmpty()) {
          built.add(build(line.number()));
        }
        mirror = false;
        resetLine();
      } else {
        built.add(fromRight ? pageLines.get(i).mirrored(width) : pageLines.get(i));
      }
    }
    pageLines = joinFragments(built);
    boolean image = pageLines.isEmpty() && drawsImage(page.getResources(), 0);
    List<PdfPage.Rule> rules = new ArrayList<>();
    if (rotation == 0) {
      for (float[] rule : pageRules) {
        float x0 = rule[0] - box.getLowerLeftX();
        float x1 = rule[1] - box.getLowerLeftX();
        float y = box.getHeight() - (rule[2] - box.getLowerLeftY());
        rules.add(fromRight ? new PdfPage.Rule(width - x1, width - x0, y) : new PdfPage.Rule(x0, x1, y));
      }
    }
    pages.add(new PdfPage(getCurrentPageNo(), width, height, rotation, image, pageLines, rules));
    progress.pages(getCurrentPageNo(), pageCount);
    super.endPage(page);
  }

  @Override
  protected void writeString(String string, List<TextPosition> positions) {
    if (positions.isEmpty()) {
      return;
    }
    if (separatorPending && !(glyphs.isEmpty() || isIdeographicJoin(glyphs.get(glyphs.size() - 1), positions.get(0)))) {
      space();
    }
    separatorPending = false;
    countDirections(string);
    drawn.addAll(positions);
    if (sameText(string, positions)) {
      for (TextPosition p : positions) {
        if (!glyphs.isEmpty() && isWordGap(glyphs.get(glyphs.size() - 1), p)) {
          space(); // a producer that draws no spaces (LaTeX) and set the line tight
        }
        add(p.getUnicode(), p);
      }
    } else {
      // PDFBox normalised the chunk (a ligature, right-to-left text): keep its text; the glyphs
      // only give the chunk's position and type.
      for (int i = 0; i < string.length(); i++) {
        add(String.valueOf(string.charAt(i)), positions.get(Math.min(i, positions.size() - 1)));
      }
    }
  }

  @Override
  protected void writeWordSeparator() {
    separatorPending = true;
  }

  @Override
  protected void writeLineSeparator() {
    flushLine();
  }

  /**
   * Whether the page's right-to-left lines are set flush with the page's left edge, the end of
   * their lines, rather than its right edge, their start: more of them end at the text block's
   * left edge than start at its right edge (a right-to-left paragraph left aligned, as a word
   * processor sets it where the paragraph's alignment was not turned with its direction). Such a
   * page is measured from its left edge: there a paragraph's last line is short, not indented.
   */
  private boolean isFlushLeft() {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    List<float[]> extents = new ArrayList<>();
    for (Collected line : collected.values()) {
      float from = Float.MAX_VALUE;
      float to = -Float.MAX_VALUE;
      float size = 0;
      for (TextPosition p : line.drawn()) {
        from = Math.min(from, p.getXDirAdj()); // a space drawn at the line's end counts: it fills the line
        to = Math.max(to, p.getXDirAdj() + p.getWidthDirAdj());
        size = Math.max(size, size(p));
      }
      if (from < to) {
        extents.add(new float[] {from, to, size});
        left = Math.min(left, from);
        right = Math.max(right, to);
      }
    }
    int leftOnly = 0;
    int rightOnly = 0;
    for (float[] e : extents) {
      float tolerance = FLUSH * e[2];
      boolean atLeft = e[0] - left <= tolerance;
      boolean atRight = right - e[1] <= tolerance;
      leftOnly += atLeft && !atRight ? 1 : 0;
      rightOnly += atRight && !atLeft ? 1 : 0;
    }
    return leftOnly > rightOnly;
  }

  /**
   * The lines with the pieces PDFBox split off a line joined to it again: a piece that starts where
   * the line before ends, at about its height (a browser's superscript marker and the full stop after
   * it). A piece of raised, smaller digits becomes a marker of the line.
   */
  private static List<PdfLine> joinFragments(List<PdfLine> lines) {
    List<PdfLine> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      boolean joined = true;
      while (joined) {
        joined = false;
        // PDFBox gives a piece next to its line, before it or after it (before it on a right-to-left page).
        // The nearest piece first: the marker before the full stop that follows it.
        int best = -1;
        for (int j = Math.max(0, i - FRAGMENT_WINDOW); j < Math.min(out.size(), i + FRAGMENT_WINDOW + 1); j++) {
          if (j != i && isPieceAfter(out.get(i), out.get(j), j == i + 1) && (best < 0 || out.get(j).x0() < out.get(best).x0())) {
            best = j;
          }
        }
        if (best >= 0) {
          out.set(i, joined(out.get(i), out.get(best)));
          out.remove(best);
          i -= best < i ? 1 : 0;
          joined = true;
        }
      }
    }
    return out;
  }

  /**
   * Whether the piece starts where the line ends, at about its height; a piece that PDFBox gives
   * other than right after the line only where it is a few characters long (a marker, a full stop).
   */
  private static boolean isPieceAfter(PdfLine line, PdfLine piece, boolean next) {
    return !line.sideways() && !piece.sideways() && line.page() == piece.page()
        && (next || (piece.text().length() <= MAX_PIECE && piece.text().length() < line.text().length()))
        && piece.x0() >= line.x1() - 0.5f && piece.x0() - line.x1() <= FRAGMENT_GAP * line.size()
        && Math.abs(piece.baseline() - line.baseline()) <= 0.5f * line.size();
  }

  private static PdfLine joined(PdfLine last, PdfLine line) {
    String space = line.x0() - last.x1() > TIGHT_SPACE * last.size() ? " " : "";
    int offset = last.text().length() + space.length();
    List<PdfLine.Span> markers = new ArrayList<>(last.markers());
    line.markers().forEach(m -> markers.add(new PdfLine.Span(m.start() + offset, m.end() + offset)));
    boolean raised = line.baseline() < last.baseline() - 0.15f * last.size() && line.size() < 0.9f * last.size();
    if (raised && line.text().chars().allMatch(Character::isDigit) && line.markers().isEmpty()) {
      markers.add(new PdfLine.Span(offset, offset + line.text().length()));
    }
    return new PdfLine(
        last.text() + space + line.text(), markers, last.x0(), Math.max(last.x1(), line.x1()), last.textX(), last.firstWordWidth(),
        last.hangingLabel(), last.gapFrom(), last.gapTo(), last.baseline(), last.size(), last.bold(), false, last.page(),
        last.number());
  }

  /**
   * Whether two glyphs of one word as PDFBox grouped them stand a word's space apart: PDFBox
   * measures spaces against the font's space glyph, which a font subset without one (LaTeX draws
   * no spaces) may make wide enough to miss the narrow spaces of a tight justified line.
   */
  private static boolean isWordGap(TextPosition before, TextPosition after) {
    if (before.getDir() != after.getDir() || isIdeographic(before.getUnicode()) || isIdeographic(after.getUnicode())
        || isHyphen(after.getUnicode())) {
      return false; // a line-end hyphen may stand a little apart on a justified line
    }
    float gap = after.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
    return gap > TIGHT_SPACE * Math.max(size(before), size(after)) && gap < 2 * size(after);
  }

  /**
   * Whether the gap PDFBox took for a space between two glyphs is only the narrow one a word
   * processor leaves beside an ideograph.
   */
  private static boolean isIdeographicJoin(TextPosition before, TextPosition after) {
    if (!isIdeographic(before.getUnicode()) && !isIdeographic(after.getUnicode())) {
      return false;
    }
    float gap = after.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
    boolean both = isIdeographic(before.getUnicode()) && isIdeographic(after.getUnicode());
    return gap < (both ? BETWEEN_IDEOGRAPHS_GAP : IDEOGRAPHIC_GAP) * Math.max(size(before), size(after));
  }

  private void countDirections(String string) {
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      if (c < 0x80) {
        leftToRightLetters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
        continue;
      }
      byte direction = Character.getDirectionality(c);
      if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        rightToLeftLetters++;
      } else if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        leftToRightLetters++;
      }
    }
  }

  private static boolean isHyphen(String unicode) {
    return unicode != null && unicode.length() == 1 && "-\u00AD\u2010\u2011".indexOf(unicode.charAt(0)) >= 0;
  }

  /** Whether the text starts or ends with Han, kana or CJK punctuation. */
  private static boolean isIdeographic(String text) {
    return text != null && !text.isEmpty()
        && (Scripts.isIdeographic(text.codePointAt(0)) || Scripts.isIdeographic(text.codePointBefore(text.length())));
  }

  private static boolean sameText(String string, List<TextPosition> positions) {
    int at = 0;
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      if (u == null || !string.startsWith(u, at)) {
        return false;
      }
      at += u.length();
    }
    return at == string.length();
  }

  private void add(String unicode, TextPosition p) {
    if (unicode == null || unicode.isEmpty()) {
      return;
    }
    if (unicode.isBlank() || unicode.equals("\u00A0")) {
      space();
      return;
    }
    if (glyphs.size() == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[glyphs.size()] = text.length();
    glyphs.add(p);
    formats.add(unicode, fontFormat(p.getFont()));
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      text.append(Character.isWhitespace(c) || c == '\u00A0' ? ' ' : c);
    }
  }

  private void space() {
    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
      text.append(' ');
    }
    if (!glyphs.isEmpty() && (words == 0 || wordStarts[words - 1] != glyphs.size())) {
      if (words == wordStarts.length) {
        wordStarts = Arrays.copyOf(wordStarts, words * 2);
      }
      wordStarts[words++] = glyphs.size(); // the next glyph starts a word
    }
  }

  private void resetLine() {
    text.setLength(0);
    glyphs.clear();
    drawn.clear();
    rightToLeftLetters = 0;
    leftToRightLetters = 0;
    words = 0;
    separatorPending = false;
  }

  private static float size(TextPosition p) {
    float size = p.getFontSizeInPt();
    return size > 0 ? size : p.getHeightDir();
  }

  /**
   * Builds the line collected so far; one with right-to-left letters is kept as drawn until the
   * page's end, when the page's direction is known.
   */
  private void flushLine() {
    if (!glyphs.isEmpty()) {
      lineCount++;
      pageRightToLeft += rightToLeftLetters;
      pageLeftToRight += leftToRightLetters;
      if (rightToLeftLetters > 0) {
        collected.put(pageLines.size(), new Collected(List.copyOf(drawn), lineCount));
        pageLines.add(null);
      } else {
        if (isOutOfOrder()) {
          reorder(false); // runs drawn out of their order (a fallback font's quotation marks drawn first)
        }
        pageLines.add(build(lineCount));
      }
    }
    resetLine();
  }

  /** Whether a glyph of the line stands well left of the one given before it. */
  private boolean isOutOfOrder() {
    for (int i = 1; i < glyphs.size(); i++) {
      TextPosition before = glyphs.get(i - 1);
      TextPosition after = glyphs.get(i);
      if (before.getDir() == 0 && after.getDir() == 0 && after.getXDirAdj() < before.getXDirAdj() - 0.5f * size(after)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts the line together again from its glyphs, left to right as they stand on the page, with a
   * space wherever a gap separates two glyphs, and reorders it into reading order by the Unicode
   * bidirectional algorithm, the line running right to left or left to right as its page does.
   */
  private void reorder(boolean rightToLeft) {
    List<TextPosition> visual = new ArrayList<>(drawn);
    visual.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
    StringBuilder chars = new StringBuilder();
    List<TextPosition> owners = new ArrayList<>(); // the glyph each char comes from; null for a space
    TextPosition previous = null;
    for (TextPosition p : visual) {
      if (p.getUnicode() == null || p.getUnicode().isBlank()) {
        continue; // a space the PDF draws: the gap says as much
      }
      if (previous != null && p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > WORD_GAP * size(p)
          && !isIdeographicJoin(previous, p)) {
        chars.append(' ');
        owners.add(null);
      }
      String unicode = presentationFormsDecomposed(p.getUnicode());
      if (unicode.length() > 1 && Bidi.requiresBidi(unicode.toCharArray(), 0, unicode.length())) {
        unicode = new StringBuilder(unicode).reverse().toString(); // a ligature (لا) as it stands on the page
      }
      for (int i = 0; i < unicode.length(); i++) {
        chars.append(unicode.charAt(i));
        owners.add(p);
      }
      previous = p;
    }
    drawnLeft = visual.isEmpty() ? Float.MAX_VALUE : visual.get(0).getXDirAdj();
    int n = chars.length();
    Bidi bidi = new Bidi(chars.toString(), rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
    byte[] levels = new byte[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      levels[i] = (byte) bidi.getLevelAt(i);
      order[i] = i;
    }
    // Reordering for display undoes itself: applied to the line as displayed, it gives reading order.
    Bidi.reorderVisually(levels, 0, order, 0, n);
    resetLine();
    TextPosition last = null;
    for (int k : order) {
      TextPosition owner = owners.get(k);
      if (owner == null) {
        space();
        last = null;
        continue;
      }
      if (owner != last) {
        if (glyphs.size() == offsets.length) {
          offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[glyphs.size()] = text.length();
        glyphs.add(owner);
        last = owner;
      }
      if ((levels[k] & 1) == 1 && PAIRS.indexOf(chars.charAt(k)) >= 0) {
        rightToLeftBrackets.add(text.length());
      }
      text.append(chars.charAt(k));
    }
    unmirrorBrackets();
  }

  /**
   * Brackets in right-to-left runs as they read, where the PDF named each by the shape it shows:
   * an opening bracket in right-to-left text is drawn as a closing one, and some producers
   * (XeLaTeX) give the drawn glyph's character. Where the line's brackets close before they open,
   * and would not with those of right-to-left runs turned round, they are turned round.
   */
  private void unmirrorBrackets() {
    if (rightToLeftBrackets.isEmpty()) {
      return;
    }
    StringBuilder turned = new StringBuilder(text);
    for (int at : rightToLeftBrackets) {
      int pair = PAIRS.indexOf(turned.charAt(at));
      turned.setCharAt(at, PAIRS.charAt(pair ^ 1));
    }
    if (!isBalanced(text) && isBalanced(turned)) {
      text.setLength(0);
      text.append(turned);
    }
    rightToLeftBrackets.clear();
  }

  /** Whether no bracket of the text closes before one opens. */
  private static boolean isBalanced(CharSequence line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      int pair = PAIRS.indexOf(line.charAt(i));
      if (pair >= 0) {
        depth += (pair & 1) == 0 ? 1 : -1;
        if (depth < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** The text with Arabic presentation forms and Latin ligatures as the letters they stand for. */
  private static String presentationFormsDecomposed(String unicode) {
    StringBuilder out = new StringBuilder(unicode.length());
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      if ((c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
        out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).strip());
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Where the glyph starts, from the page's left edge or, on a right-to-left page, its right edge. */
  private float x(TextPosition p) {
    return mirror ? pageWidth - p.getXDirAdj() - p.getWidthDirAdj() : p.getXDirAdj();
  }

  /** Where the glyph ends, measured as {@link #x}. */
  private float end(TextPosition p) {
    return x(p) + p.getWidthDirAdj();
  }

  /** The line being built as a {@link PdfLine} of the page. */
  private PdfLine build(int number) {
    int n = glyphs.size();
    float size = dominantSize();
    float baseline = Float.NaN;
    int bold = 0;
    int main = 0;
    int sideways = 0;
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    for (TextPosition p : glyphs) {
      if (Math.abs(size(p) - size) < 0.25f) {
        main++;
        if (Float.isNaN(baseline)) {
          baseline = p.getYDirAdj();
        }
        if (isBold(p.getFont())) {
          bold++;
        }
      }
      if (p.getDir() != 0) {
        sideways++;
      }
      x0 = Math.min(x0, x(p));
      x1 = Math.max(x1, end(p));
    }
    // A right-to-left line on a page measured from its left edge starts at its right end: no label
    // at its start, and a space drawn at its end (its left) belongs to it, as on a line set flush left.
    boolean leftwards = n > 1 && x(glyphs.get(n - 1)) < x(glyphs.get(0));
    if (leftwards && !mirror) {
      x0 = Math.min(x0, drawnLeft);
    }
    drawnLeft = Float.MAX_VALUE;
    List<PdfLine.Span> markers = markers(size, baseline);
    boolean hanging = false;
    float textX = x0;
    int firstWordEnd = words > 0 ? wordStarts[0] : -1;
    if (firstWordEnd > 0 && firstWordEnd < n && LABEL.matcher(text.substring(0, offsets[firstWordEnd]).strip()).matches()) {
      float gap = gapBefore(firstWordEnd, leftwards);
      // Where the text starts after the label: on a line running leftwards, its start is the right
      // end, so its left edge stays where the page is measured from.
      textX = leftwards ? x0 : x(glyphs.get(firstWordEnd));
      hanging = gap >= 0.8f * size && gap >= 1.5f * otherSpaces(leftwards);
    }
    float gapFrom = 0;
    float gapTo = 0;
    for (int i = 1; i < n; i++) {
      float from = end(glyphs.get(i - 1));
      float to = x(glyphs.get(i));
      if (to - from > gapTo - gapFrom) {
        gapFrom = from;
        gapTo = to;
      }
    }
    // Chinese and Japanese break between any two characters: their first word is one character.
    int firstWordLast = isIdeographic(glyphs.get(0).getUnicode()) ? 0 : firstWordEnd > 0 ? firstWordEnd - 1 : n - 1;
    float wordFrom = Float.MAX_VALUE;
    float wordTo = -Float.MAX_VALUE;
    for (int i = 0; i <= firstWordLast; i++) {
      wordFrom = Math.min(wordFrom, x(glyphs.get(i)));
      wordTo = Math.max(wordTo, end(glyphs.get(i)));
    }
    float firstWordWidth = wordTo - wordFrom;
    String line = text.toString().strip();
    int n2 = line.length();
    if (n2 >= 3 && isHyphen(line.substring(n2 - 1)) && line.charAt(n2 - 2) == ' ' && Character.isLetter(line.charAt(n2 - 3))) {
      line = line.substring(0, n2 - 2) + line.charAt(n2 - 1); // a justified line's end hyphen set a little apart: estab -
    }
    resetLine();
    return new PdfLine(
        line, markers, x0, x1, textX, firstWordWidth, hanging, gapFrom, gapTo, baseline, size, bold * 2 > main,
        sideways * 2 > n, getCurrentPageNo(), number);
  }

  /**
   * The horizontal gap between a glyph and the one before it in reading order: on a line running
   * leftwards, the one before stands to its right.
   */
  private float gapBefore(int glyph, boolean leftwards) {
    return leftwards
        ? x(glyphs.get(glyph - 1)) - end(glyphs.get(glyph))
        : x(glyphs.get(glyph)) - end(glyphs.get(glyph - 1));
  }

  /**
   * The middle width of the spaces between the line's words after the first: a label's gap counts
   * as its own column only where it is much wider, not where justification stretched every space.
   */
  private float otherSpaces(boolean leftwards) {
    int count = 0;
    float[] gaps = new float[Math.max(0, words - 1)];
    for (int w = 1; w < words; w++) {
      if (wordStarts[w] < glyphs.size()) {
        gaps[count++] = gapBefore(wordStarts[w], leftwards);
      }
    }
    if (count == 0) {
      return 0;
    }
    Arrays.sort(gaps, 0, count);
    return gaps[count / 2];
  }

  /** The size most of the line's characters are set in. */
  private float dominantSize() {
    float[] sizes = new float[8];
    int[] counts = new int[8];
    int used = 0;
    for (TextPosition p : glyphs) {
      float s = size(p);
      int k = 0;
      while (k < used && Math.abs(sizes[k] - s) >= 0.25f) {
        k++;
      }
      if (k == used) {
        if (used == sizes.length) {
          continue;
        }
        sizes[used++] = s;
      }
      counts[k] += p.getUnicode() == null ? 1 : p.getUnicode().length();
    }
    int best = 0;
    for (int k = 1; k < used; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return sizes[best];
  }

  /** The runs of digits raised above the line's baseline and set smaller than the line, or raised far above it. */
  private List<PdfLine.Span> markers(float size, float baseline) {
    List<PdfLine.Span> spans = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < glyphs.size(); i++) {
      TextPosition p = glyphs.get(i);
      String u = p.getUnicode();
      boolean digit = u != null && u.length() == 1 && Character.isDigit(u.charAt(0));
      float raised = baseline - p.getYDirAdj();
      // Raised and smaller (a word processor's superscript, a browser's <sup> at 83 %), or raised far.
      boolean superscript = digit && raised > 0.15f * size && (size(p) < 0.9f * size || raised > 0.3f * size);
      if (superscript && start >= 0 && offsets[i] == end) {
        end = offsets[i] + 1;
      } else if (superscript) {
        if (start >= 0) {
          spans.add(new PdfLine.Span(start, end));
        }
        start = offsets[i];
        end = start + 1;
      } else if (start >= 0) {
        spans.add(new PdfLine.Span(start, end));
        start = -1;
      }
    }
    if (start >= 0) {
      spans.add(new PdfLine.Span(start, end));
    }
    return spans;
  }

  /** Bold and italic as the font says: its name, or its descriptor (weight, force-bold and italic flags, italic angle). */
  private Format fontFormat(PDFont font) {
    if (font == null) {
      return Format.PLAIN;
    }
    return fontFormats.computeIfAbsent(
        font,
        f -> {
          String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
          PDFontDescriptor d = f.getFontDescriptor();
          boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("demi")
              || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
          boolean italic = name.contains("italic") || name.contains("oblique") || d != null && (d.isItalic() || d.getItalicAngle() != 0);
          return Format.PLAIN.with(Format.Property.BOLD, bold).with(Format.Property.ITALIC, italic);
        });
  }

  private boolean isBold(PDFont font) {
    return fontFormat(font).has(Format.Property.BOLD);
  }


  /** Whether the resources draw an image, directly or inside a form, a few levels deep. */
  private static boolean drawsImage(PDResources resources, int depth) {
    if (resources == null || depth > MAX_IMAGE_DEPTH) {
      return false;
    }
    try {
      for (COSName name : resources.getXObjectNames()) {
        if (resources.isImageXObject(name)) {
          return true;
        }
        PDXObject object = resources.getXObject(name);
        if (object instanceof PDFormXObject form && drawsImage(form.getResources(), depth + 1)) {
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }
}

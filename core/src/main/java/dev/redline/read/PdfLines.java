package dev.redline.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the text of a PDF document as {@link PdfLine}s, page by page, using PDFBox's grouping of
 * glyphs into lines and words and keeping what layout analysis needs: position, size, weight and
 * superscript digits. One instance reads one document once; not thread-safe.
 */
final class PdfLines extends PDFTextStripper {
  /** A label that may stand in its own column before a paragraph's text. */
  private static final Pattern LABEL =
      Pattern.compile("\\d{1,3}\\.?|\\(\\d{1,3}\\)|\\d{1,3}\\)|\\([a-z]{1,5}\\)|[a-z]\\)|[a-z]\\.|\\*{1,3}");
  private static final int MAX_IMAGE_DEPTH = 3;

  private final List<PdfPage> pages = new ArrayList<>();
  private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
  private List<PdfLine> pageLines = new ArrayList<>();
  private int lineCount;

  // The line being collected: its text, its glyphs (no white space) and each glyph's offset in the text.
  private final StringBuilder text = new StringBuilder();
  private final List<TextPosition> glyphs = new ArrayList<>();
  private int[] offsets = new int[256];
  private int[] wordStarts = new int[64];
  private int words;
  private boolean separatorPending;

  private PdfLines() {
    super();
  }

  /** The lines of every page of the document, in page order. */
  static List<PdfPage> read(PDDocument document) throws IOException {
    PdfLines stripper = new PdfLines();
    stripper.writeText(document, Writer.nullWriter());
    return List.copyOf(stripper.pages);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    super.startPage(page);
    pageLines = new ArrayList<>();
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
    boolean image = pageLines.isEmpty() && drawsImage(page.getResources(), 0);
    pages.add(new PdfPage(getCurrentPageNo(), width, height, rotation, image, pageLines));
    super.endPage(page);
  }

  @Override
  protected void writeString(String string, List<TextPosition> positions) {
    if (separatorPending) {
      space();
      separatorPending = false;
    }
    if (positions.isEmpty()) {
      return;
    }
    if (sameText(string, positions)) {
      for (TextPosition p : positions) {
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
      offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[glyphs.size()] = text.length();
    glyphs.add(p);
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
        wordStarts = java.util.Arrays.copyOf(wordStarts, words * 2);
      }
      wordStarts[words++] = glyphs.size(); // the next glyph starts a word
    }
  }

  private void resetLine() {
    text.setLength(0);
    glyphs.clear();
    words = 0;
    separatorPending = false;
  }

  private static float size(TextPosition p) {
    float size = p.getFontSizeInPt();
    return size > 0 ? size : p.getHeightDir();
  }

  private void flushLine() {
    int n = glyphs.size();
    if (n == 0) {
      resetLine();
      return;
    }
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
      x0 = Math.min(x0, p.getXDirAdj());
      x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
    }
    List<PdfLine.Span> markers = markers(size, baseline);
    boolean hanging = false;
    float textX = x0;
    int firstWordEnd = words > 0 ? wordStarts[0] : -1;
    if (firstWordEnd > 0 && firstWordEnd < n && LABEL.matcher(text.substring(0, offsets[firstWordEnd]).strip()).matches()) {
      float gap = gapBefore(firstWordEnd);
      textX = glyphs.get(firstWordEnd).getXDirAdj();
      hanging = gap >= 0.8f * size && gap >= 1.5f * otherSpaces();
    }
    float gapFrom = 0;
    float gapTo = 0;
    for (int i = 1; i < n; i++) {
      TextPosition a = glyphs.get(i - 1);
      TextPosition b = glyphs.get(i);
      float from = a.getXDirAdj() + a.getWidthDirAdj();
      if (b.getXDirAdj() - from > gapTo - gapFrom) {
        gapFrom = from;
        gapTo = b.getXDirAdj();
      }
    }
    TextPosition firstWordLast = glyphs.get(firstWordEnd > 0 ? firstWordEnd - 1 : n - 1);
    float firstWordWidth = firstWordLast.getXDirAdj() + firstWordLast.getWidthDirAdj() - x0;
    String line = text.toString().strip();
    lineCount++;
    pageLines.add(
        new PdfLine(
            line, markers, x0, x1, textX, firstWordWidth, hanging, gapFrom, gapTo, baseline, size, bold * 2 > main,
            sideways * 2 > n, getCurrentPageNo(), lineCount));
    resetLine();
  }

  /** The horizontal gap between a glyph and the one before it. */
  private float gapBefore(int glyph) {
    TextPosition a = glyphs.get(glyph - 1);
    return glyphs.get(glyph).getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
  }

  /**
   * The middle width of the spaces between the line's words after the first: a label's gap counts
   * as its own column only where it is much wider, not where justification stretched every space.
   */
  private float otherSpaces() {
    int count = 0;
    float[] gaps = new float[Math.max(0, words - 1)];
    for (int w = 1; w < words; w++) {
      if (wordStarts[w] < glyphs.size()) {
        gaps[count++] = gapBefore(wordStarts[w]);
      }
    }
    if (count == 0) {
      return 0;
    }
    java.util.Arrays.sort(gaps, 0, count);
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

  /** The runs of digits set smaller than the line and raised above its baseline. */
  private List<PdfLine.Span> markers(float size, float baseline) {
    List<PdfLine.Span> spans = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < glyphs.size(); i++) {
      TextPosition p = glyphs.get(i);
      String u = p.getUnicode();
      boolean superscript =
          u != null && u.length() == 1 && Character.isDigit(u.charAt(0))
              && size(p) < 0.8f * size && p.getYDirAdj() < baseline - 0.15f * size;
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

  private boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    return boldFonts.computeIfAbsent(
        font,
        f -> {
          String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
          if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("demi")) {
            return true;
          }
          PDFontDescriptor d = f.getFontDescriptor();
          return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        });
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

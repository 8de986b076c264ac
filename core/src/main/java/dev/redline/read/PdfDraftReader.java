package dev.redline.read;

import dev.redline.model.Draft;
import dev.redline.read.DraftReadException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads drafts printed to PDF from a word processor: the text with its position and type (Apache
 * PDFBox), then the same structure recognition as {@link TextDraftReader}.
 *
 * <p>Running headers and footers (the document symbol, the date, the job number, the page number)
 * are left out; the symbol and date the first page shows still reach {@link Draft#symbol()} and
 * {@link Draft#date()}. Lines are joined into paragraphs where spacing, indentation, alignment and
 * type say they belong together; a label set in its own column ({@code (a)}) starts its paragraph's
 * first line; words hyphenated at a line end are joined, keeping the hyphen of real compounds (see
 * {@link Hyphenation}). Footnotes, set in smaller type at the page's bottom, are attached to the
 * clause whose superscript number cites them. Headings are found by their text ({@code Article 5}),
 * set apart by their type. Provenance gives every node its page, and as its line the number of the
 * text line counted through the whole document. Pages set in two columns, rotated pages and pages
 * holding only an image are read with a warning naming the file and the page.
 *
 * <p>Password-protected files ({@link Problem#ENCRYPTED}), damaged or truncated files ({@link
 * Problem#CORRUPT}) and files without a text layer ({@link Problem#NO_TEXT_LAYER}, a scan that
 * needs OCR) are refused with a {@link DraftReadException} naming the file, and so are files whose
 * compressed streams (fonts, page contents, forms, cross-reference and object streams) expand to
 * more than a quarter of {@link ReadOptions#maxBytes()} all together ({@link Problem#TOO_LARGE};
 * images are never expanded). The file is read into memory and never modified. Stateless and
 * thread-safe.
 */
public final class PdfDraftReader implements DraftReader {
  /** A reader of PDF drafts; it holds no state. */
  public PdfDraftReader() {}

  /** PDF readers look for the end-of-file marker in the file's last bytes; so does Redline. */
  private static final int TRAILER_BYTES = 2048;
  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_SEARCH = 1024;

  @Override
  public Draft read(Path file, ReadOptions options) throws DraftReadException {
    List<String> warnings = new ArrayList<>();
    FormatStream formats = new FormatStream();
    List<SourceLine> lines = lines(file, options, warnings, formats);
    return new StructureRecognizer(file, warnings, options).recognize(lines, options.formatting() ? formats : FormatStream.none());
  }

  /** The PDF's text as lines without page furniture; package-private for the letter reader. */
  static List<SourceLine> lines(Path file, ReadOptions options, List<String> warnings) throws DraftReadException {
    return lines(file, options, warnings, new FormatStream());
  }

  /** The PDF's text as lines, each glyph's bold and italic added to the stream. */
  private static List<SourceLine> lines(Path file, ReadOptions options, List<String> warnings, FormatStream formats)
      throws DraftReadException {
    byte[] bytes = TextDraftReader.readBytes(file);
    if (bytes.length == 0) {
      throw new DraftReadException(file, Problem.EMPTY, "file is empty");
    }
    if (indexOf(bytes, HEADER, 0, Math.min(bytes.length, HEADER_SEARCH)) < 0) {
      throw new DraftReadException(file, Problem.CORRUPT, "is not a PDF file (it does not start with %PDF-)");
    }
    int tail = Math.max(0, bytes.length - TRAILER_BYTES);
    if (indexOf(bytes, END, tail, bytes.length) < 0) {
      throw new DraftReadException(
          file, Problem.CORRUPT, "is damaged: the PDF is truncated (no end-of-file marker); download or export it again");
    }
    List<PdfPage> pages;
    PdfStreams.Budget streams = PdfStreams.budget(options.maxBytes() / 4);
    try (streams; PDDocument document = Loader.loadPDF(bytes)) {
      if (document.getNumberOfPages() > options.maxPages()) {
        throw new DraftReadException(
            file,
            DraftReadException.Problem.TOO_LARGE,
            String.format(java.util.Locale.ROOT, "%,d pages, more than the limit of %,d pages for reading a draft",
                document.getNumberOfPages(), options.maxPages()));
      }
      if (document.getNumberOfPages() == 0) {
        throw new DraftReadException(file, Problem.EMPTY, "the PDF has no pages");
      }
      pages = PdfLines.read(document, options.progress(), formats);
      if (streams.exceeded()) {
        throw tooLarge(file, streams, null); // PDFBox caught the failure (of a font, say) and went on
      }
    } catch (InvalidPasswordException e) {
      throw new DraftReadException(
          file, Problem.ENCRYPTED, "is password-protected; save or print it to a PDF without a password", e);
    } catch (IOException | RuntimeException e) {
      if (streams.exceeded()) {
        throw tooLarge(file, streams, e);
      }
      throw new DraftReadException(file, Problem.CORRUPT, "is damaged and cannot be read as PDF (" + firstLine(e) + ")", e);
    } catch (StackOverflowError e) {
      // PDFBox parses nested arrays, dictionaries and page trees by recursion; its depth is the stack's.
      throw new DraftReadException(file, Problem.CORRUPT,
          "is damaged or hostile: its objects (arrays, dictionaries or the page tree) are nested too deeply to read", null);
    }
    List<SourceLine> lines = new PdfLayout(name(file), pages, warnings).lines();
    if (lines.isEmpty()) {
      throw new DraftReadException(file, Problem.NO_TEXT_LAYER, "has no text layer; it looks scanned: OCR is needed");
    }
    return lines;
  }

  private static DraftReadException tooLarge(Path file, PdfStreams.Budget streams, Exception cause) {
    return new DraftReadException(file, Problem.TOO_LARGE, String.format(java.util.Locale.ROOT,
        "its compressed streams (fonts, pages, forms) expand to more than %,d bytes (a quarter of the size limit); not read",
        streams.limit()), cause);
  }

  private static int indexOf(byte[] bytes, byte[] what, int from, int to) {
    outer:
    for (int i = from; i + what.length <= to; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}

package dev.redline.read;

import dev.redline.model.Draft;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads drafts saved by Word ({@code .docx}): the text a reader sees, with automatic numbering
 * rendered into labels ({@code 1.}, {@code (a)}, {@code (i)}, and in Chinese, Russian and Arabic
 * formats {@code 一、}, {@code а)}, {@code (أ)}), then the same structure recognition as {@link
 * TextDraftReader}.
 *
 * <p>Headings such as {@code Article 5} are found by their text, whatever their style. Tracked
 * changes are read as if all were accepted, with a warning that says how many the file holds.
 * Fields are read by their shown result; footnotes and endnotes are cited as {@code [^1]} and
 * {@code [^e1]}, numbered in order of citation, and attached to the clause that cites them. A
 * table in an article is a clause of kind {@link dev.redline.model.ClauseKind#TABLE}, its rows and
 * their cells below it, a cell's paragraphs its text; a table before the first article, one whose
 * cells hold headings, or one wider than the 63 columns Word allows (with a warning), is read as its
 * paragraphs in reading order, each a clause of its own; a table's rows and cells count against
 * {@link ReadOptions#maxClauses()}. Page headers and footers,
 * comments, drawings and hidden text are not read, but the document symbol and date that a page
 * header or footer shows name the draft where its body does not start with them. Provenance gives the paragraph's number as its
 * line and no page. The draft keeps the document's look ({@link dev.redline.model.SourceLook}: page size and margins, styles,
 * numbering, default header and footer, each numbered paragraph's list place), so that a redline can print like it.
 *
 * <p>Files that are not Word documents, damaged packages, ZIP bombs, password-protected files and
 * Word 97-2003 {@code .doc} files are refused with a {@link DraftReadException} naming the file and
 * the problem. The file is opened read-only and never modified. Stateless and thread-safe.
 */
public final class DocxDraftReader implements DraftReader {
  /** A reader of Word drafts; it holds no state. */
  public DocxDraftReader() {}

  @Override
  public Draft read(Path file, ReadOptions options) throws DraftReadException {
    WordPackage parts = WordPackage.read(file, options.maxBytes() / 4);
    WordText text = new WordText(parts);
    List<SourceLine> body = text.lines();
    if (body.stream().allMatch(SourceLine::isBlank)) {
      throw new DraftReadException(file, DraftReadException.Problem.EMPTY, "the document holds no text");
    }
    List<SourceLine> lines = new ArrayList<>(text.runningHeader());
    lines.addAll(body);
    List<String> warnings = new ArrayList<>();
    int tracked = text.trackedChanges();
    if (tracked > 0) {
      warnings.add(
          name(file) + ": holds " + tracked + (tracked == 1 ? " tracked change" : " tracked changes")
              + "; read as if all were accepted");
    }
    return new StructureRecognizer(file, warnings, options).recognize(lines, options.formatting() ? text.formats() : FormatStream.none()).withLook(WordLook.of(parts, text.listPlaces()));
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}

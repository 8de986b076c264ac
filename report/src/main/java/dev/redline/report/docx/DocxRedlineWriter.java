package dev.redline.report.docx;

import dev.redline.model.Comparison;
import dev.redline.model.Tracker;
import dev.redline.report.ReportFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a comparison as a Word document: a cover (the drafts compared, their symbols and dates,
 * when the redline was made), a summary (articles by what happened to them, edits by kind), the
 * status of each demand when a {@link Tracker} is given, a concordance table, then the new draft
 * in full with real tracked changes against the old.
 *
 * <p>In the draft, insertions are {@code w:ins} and deletions {@code w:del}, whole paragraphs with
 * their marks; moved clauses and moved articles use Word's move markup ({@code w:moveFrom} and
 * {@code w:moveTo} in named move ranges), with a comment at each end of a moved clause saying where
 * it went or came from; words a clause lost on its way are shown deleted where it stood. Comments
 * on article headings say what happened to the article ({@code Was Article 17 in Rev.2.}); a
 * demand's status is a comment on each clause quoted as its evidence. Divisions are Heading 1 and
 * articles Heading 2, so that Word's navigation pane lists every article. Footnotes are real Word
 * footnotes, their text with its own tracked changes, where the drafts number their notes 1, 2, 3
 * ... in reading order, as Word does; otherwise they follow their article as paragraphs in the style
 * "Redline footnote". Accepting every change gives the new draft and rejecting every change gives
 * the old; the cover and its tables, in the "Redline note" styles, are never tracked.
 *
 * <p>Where the new draft is a Word file ({@link dev.redline.model.Draft#look()}), the redline takes
 * its page size and margins, styles, default header and footer (untracked), and, in each article
 * where it gives both drafts' labels, Word's automatic numbering of its lists; the cover keeps the
 * "Redline note" styles.
 *
 * <p>Words that the old draft writes differently only in quote or dash style, white space or
 * hyphenation are shown as the new draft writes them, with just the differing characters tracked,
 * so that rejecting every change still gives the old draft.
 *
 * <p>{@link Builder#printable()} writes the printable redline instead: the same text with
 * insertions underlined in blue, deletions struck through in red and moves in green, and nothing
 * tracked. The same comparison, author and date always give the same bytes.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class DocxRedlineWriter {
  private final String author;
  private final ZonedDateTime date;
  private final boolean printable;

  private DocxRedlineWriter(Builder builder) {
    this.author = builder.author;
    this.date = builder.date;
    this.printable = builder.printable;
  }

  /** A builder with author "Redline", tracked changes, and the date left to the moment of writing. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link DocxRedlineWriter}. */
  public static final class Builder {
    private String author = "Redline";
    private ZonedDateTime date;
    private boolean printable;

    private Builder() {}

    /** The author shown on every tracked change and comment. */
    public Builder author(String author) {
      this.author = Objects.requireNonNull(author, "author");
      return this;
    }

    /** The date shown on the cover, every tracked change and comment, and the file's properties; by default the moment of writing. */
    public Builder date(ZonedDateTime date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /** Writes the printable redline: changes shown by colour, underline and strike-through, nothing tracked. */
    public Builder printable() {
      this.printable = true;
      return this;
    }

    /** The writer with the settings given so far. */
    public DocxRedlineWriter build() {
      return new DocxRedlineWriter(this);
    }
  }

  /**
   * Writes the redline to a file, safely: through a temporary file moved into place when complete,
   * and never over one of the drafts compared.
   *
   * @param comparison what to write
   * @param target the {@code .docx} file to write
   * @throws IOException if the target is one of the drafts or cannot be written; the message names it
   */
  public void write(Comparison comparison, Path target) throws IOException {
    write(comparison, Optional.empty(), target);
  }

  /**
   * Writes the redline with the demands' statuses to a file, safely (see {@link #write(Comparison, Path)}).
   *
   * @param tracker the demands checked over a history that holds the comparison's new draft; empty for none
   */
  public void write(Comparison comparison, Optional<Tracker> tracker, Path target) throws IOException {
    List<Path> inputs =
        List.of(Path.of(comparison.oldDraft().source()), Path.of(comparison.newDraft().source()));
    ReportFiles.writeAtomically(target, inputs, out -> write(comparison, tracker, out));
  }

  /** Writes the redline to a stream, which is left open. */
  public void write(Comparison comparison, OutputStream out) throws IOException {
    write(comparison, Optional.empty(), out);
  }

  /** Writes the redline with the demands' statuses, if any, to a stream, which is left open. */
  public void write(Comparison comparison, Optional<Tracker> tracker, OutputStream out) throws IOException {
    ZonedDateTime when = date != null ? date : ZonedDateTime.now(ZoneId.systemDefault()).withNano(0);
    List<Blocks.Block> blocks = RedlineLayout.of(comparison, tracker, author, when, printable);
    String title = "Redline of " + comparison.newDraft().revision() + " against " + comparison.oldDraft().revision();
    DocxPackage.write(blocks, author, when, printable, title, DraftLook.of(comparison.newDraft().look()), out);
  }
}

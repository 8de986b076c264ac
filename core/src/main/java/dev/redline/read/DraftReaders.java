package dev.redline.read;

import dev.redline.model.Draft;
import java.nio.file.Path;
import java.util.Locale;

/** The entry point for reading: picks the reader for a file by its name. */
public final class DraftReaders {
  private static final DraftReader TEXT = new TextDraftReader(TextDraftReader.Flavour.PLAIN);
  private static final DraftReader MARKDOWN = new TextDraftReader(TextDraftReader.Flavour.MARKDOWN);
  private static final DraftReader WORD = new DocxDraftReader();
  private static final DraftReader PDF = new PdfDraftReader();

  private DraftReaders() {}

  /**
   * The reader for this file: Word for {@code .docx}, PDF for {@code .pdf}, Markdown for {@code
   * .md} and {@code .markdown}, plain text for {@code .txt} and for names without a known extension.
   *
   * @throws DraftReadException with {@link DraftReadException.Problem#UNSUPPORTED_FORMAT} for
   *     formats Redline cannot read yet
   */
  public static DraftReader forFile(Path file) throws DraftReadException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return MARKDOWN;
    }
    if (name.endsWith(".docx")) {
      return WORD;
    }
    if (name.endsWith(".pdf")) {
      return PDF;
    }
    if (name.endsWith(".doc")) {
      throw new DraftReadException(
          file,
          DraftReadException.Problem.UNSUPPORTED_FORMAT,
          "is a Word 97-2003 document (.doc), which Redline does not read; open it in Word and save it as .docx");
    }
    if (name.endsWith(".odt") || name.endsWith(".rtf")) {
      throw new DraftReadException(
          file,
          DraftReadException.Problem.UNSUPPORTED_FORMAT,
          "this format is not supported yet; save the draft as Word (.docx), PDF (.pdf), plain text (.txt) or Markdown (.md)");
    }
    return TEXT;
  }

  /** Reads the file with the reader {@link #forFile(Path)} picks. */
  public static Draft read(Path file) throws DraftReadException {
    return read(file, ReadOptions.DEFAULTS);
  }

  /** Reads the file with the reader {@link #forFile(Path)} picks, and these options. */
  public static Draft read(Path file, ReadOptions options) throws DraftReadException {
    checkSize(file, options);
    return forFile(file).read(file, options);
  }

  /** Refuses a file larger than the options allow, before any reader loads it. */
  static void checkSize(Path file, ReadOptions options) throws DraftReadException {
    try {
      if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) > options.maxBytes()) {
        throw new DraftReadException(
            file,
            DraftReadException.Problem.TOO_LARGE,
            String.format(java.util.Locale.ROOT, "%,d bytes, more than the limit of %,d bytes for reading a draft",
                java.nio.file.Files.size(file), options.maxBytes()));
      }
    } catch (java.io.IOException e) {
      // The reader reports files it cannot read.
    }
  }

  /**
   * An article number as the readers normalise it, so that a number written by a user (in a
   * demands file, say) finds the article: {@code 5-bis} and {@code 5 Bis} are {@code 5 bis}, {@code
   * 11 novies} is {@code 11 nonies}, {@code premier} is {@code 1er}, {@code 11 ter A} stays.
   *
   * @return the normalised number, or empty where the text is not an article number Redline reads
   */
  public static java.util.Optional<String> articleNumber(String printed) {
    return HeadingGrammar.article("Article " + printed.strip())
        .filter(h -> h.rest().isBlank() && h.marker().isEmpty() && !HeadingGrammar.isRun(h))
        .map(HeadingGrammar.Heading::number);
  }
}

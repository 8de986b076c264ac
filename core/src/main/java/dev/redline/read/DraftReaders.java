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

  /**
   * Reads the file with the reader {@link #forFile(Path)} picks, and these options. A file that is
   * not a regular one (a named pipe such as {@code <(command)}, a device) is read as a stream, with
   * the same size limit.
   */
  public static Draft read(Path file, ReadOptions options) throws DraftReadException {
    if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isRegularFile(file) && !java.nio.file.Files.isDirectory(file)) {
      forFile(file);
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
        return read(in, file, options);
      } catch (java.io.IOException e) {
        throw new DraftReadException(file, DraftReadException.Problem.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
      }
    }
    checkSize(file, options);
    return forFile(file).read(file, options);
  }

  /**
   * Reads a draft from a stream of at most {@code options.maxBytes()} bytes, with the reader that
   * {@code name} calls for; messages and warnings name {@code name}. The bytes are held in a private
   * temporary folder while the reader reads them, and deleted after. A stream named as text that
   * starts with NUL bytes is refused at once as binary, without reading the rest.
   *
   * @param in the stream, which the caller closes
   * @param name the name the draft is known by, whose extension picks the reader
   * @param options the options and limits
   */
  public static Draft read(java.io.InputStream in, Path name, ReadOptions options) throws DraftReadException {
    DraftReader reader = forFile(name);
    Path folder = null;
    try {
      folder = java.nio.file.Files.createTempDirectory("redline-stream");
      Path copy = folder.resolve(name.getFileName() == null ? "stream.txt" : name.getFileName().toString());
      byte[] head = in.readNBytes(64 * 1024);
      if (reader instanceof TextDraftReader && !(head.length > 1 && (head[0] & 0xFF) >= 0xFE && (head[1] & 0xFF) >= 0xFE)) {
        for (int i = 0; i < head.length; i++) {
          if (head[i] == 0) {
            throw new DraftReadException(name, DraftReadException.Problem.BINARY,
                "holds binary data, not text (a NUL byte at offset " + i + ")");
          }
        }
      }
      long total = head.length;
      try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(copy)) {
        out.write(head);
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > options.maxBytes()) {
            throw new DraftReadException(name, DraftReadException.Problem.TOO_LARGE,
                String.format(java.util.Locale.ROOT, "holds more than the limit of %,d bytes for reading a draft", options.maxBytes()));
          }
          out.write(buffer, 0, n);
        }
      }
      if (total > options.maxBytes()) {
        throw new DraftReadException(name, DraftReadException.Problem.TOO_LARGE,
            String.format(java.util.Locale.ROOT, "holds more than the limit of %,d bytes for reading a draft", options.maxBytes()));
      }
      try {
        Draft d = reader.read(copy, options);
        String source = name.toString();
        return d.withSource(source,
            d.warnings().stream().map(w -> w.replace(copy.toString(), source).replace(copy.getFileName().toString(), source)).toList());
      } catch (DraftReadException e) {
        String detail = e.getMessage().startsWith(copy + ": ") ? e.getMessage().substring(copy.toString().length() + 2) : e.getMessage();
        throw new DraftReadException(name, e.problem(), detail, e);
      }
    } catch (java.io.IOException e) {
      throw new DraftReadException(name, DraftReadException.Problem.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (java.io.IOException e) {
      // A temporary folder left behind is not worth failing the read for.
    }
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

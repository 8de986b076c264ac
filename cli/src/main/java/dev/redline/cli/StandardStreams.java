package dev.redline.cli;

import dev.redline.model.Draft;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import dev.redline.read.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Standard input and output as a draft and a report: {@code -} as a draft reads standard input,
 * {@code -o -} writes the report to standard output.
 *
 * @param in where a draft given as {@code -} is read from
 * @param out where a binary report given {@code -o -} goes
 */
record StandardStreams(InputStream in, OutputStream out) {
  /** The process's own streams, as they are now. */
  static StandardStreams system() {
    return new StandardStreams(System.in, System.out);
  }

  private static final String NAME = "standard input";

  static boolean isStdin(Path file) {
    return file != null && file.toString().equals("-");
  }

  static boolean isStdout(Path file) {
    return isStdin(file);
  }

  /**
   * Reads a draft from standard input. The format is told from the first bytes: {@code %PDF-} is
   * PDF, a ZIP package is Word, a line starting with {@code #} is Markdown, anything else plain text.
   * The bytes go through {@link DraftReaders#read(InputStream, Path, ReadOptions)}, with the same size limit as files.
   */
  Draft readDraft(ReadOptions options) throws DraftReadException {
    try {
      byte[] head = in.readNBytes(4096);
      Path name = Path.of("stdin." + extension(head));
      Draft d = DraftReaders.read(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in), name, options);
      return d.withSource(NAME,
          d.warnings().stream().map(w -> w.replace(name.toString(), NAME)).toList());
    } catch (DraftReadException e) {
      String detail = e.getMessage().startsWith(e.file() + ": ") ? e.getMessage().substring(e.file().toString().length() + 2) : e.getMessage();
      throw new DraftReadException(Path.of(NAME), e.problem(), detail, e);
    } catch (IOException e) {
      throw new DraftReadException(Path.of(NAME), DraftReadException.Problem.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static String extension(byte[] bytes) {
    if (startsWith(bytes, "%PDF-")) {
      return "pdf";
    }
    if (startsWith(bytes, "PK\u0003\u0004")) {
      return "docx";
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
    return head.lines().anyMatch(line -> line.matches("#{1,6} \\S.*")) ? "md" : "txt";
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
    return bytes.length >= p.length && java.util.Arrays.equals(bytes, 0, p.length, p, 0, p.length);
  }

}

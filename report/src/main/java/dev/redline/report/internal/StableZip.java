package dev.redline.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP package whose bytes depend only on its entries: written in the order they were added, each
 * stamped with the same local date and time, so that the same report written twice is the same
 * file. Not thread-safe; one per package.
 */
public final class StableZip {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  /** Adds an entry; a name given twice keeps its first place and takes the new content. */
  public StableZip add(String name, byte[] content) {
    entries.put(name, content.clone());
    return this;
  }

  /** Adds an entry holding the text in UTF-8. */
  public StableZip add(String name, String text) {
    return add(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Writes the package to the stream, which is left open.
   *
   * @param stamp the date and time every entry carries, as a local date and time so that the time
   *     zone of the machine does not change the bytes
   */
  public void write(OutputStream out, LocalDateTime stamp) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
    zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      ZipEntry entry = new ZipEntry(e.getKey());
      entry.setTimeLocal(stamp.isBefore(DOS_EPOCH) ? DOS_EPOCH : stamp.withNano(0));
      zip.putNextEntry(entry);
      zip.write(e.getValue());
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }

  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  /** Keeps {@link ZipOutputStream#close()} from closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

package dev.redline.read;

import dev.redline.model.Draft;
import java.nio.file.Path;

/**
 * Reads one file format into a {@link Draft}. Implementations are stateless and thread-safe, and
 * never modify the file they read.
 */
public interface DraftReader {
  /**
   * Reads the file.
   *
   * @param file the file to read
   * @return the draft, with warnings for anything the reader worked around
   * @throws DraftReadException if the file is missing, unreadable, not of this format, or holds no
   *     recognisable article
   */
  Draft read(Path file) throws DraftReadException;
}

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
  default Draft read(Path file) throws DraftReadException {
    return read(file, ReadOptions.DEFAULTS);
  }

  /**
   * Reads the file with these options (an article pattern of the user's, say).
   *
   * @param file the file to read
   * @param options how to recognise the draft's structure
   * @return the draft, with warnings for anything the reader worked around
   * @throws DraftReadException as {@link #read(Path)}
   */
  Draft read(Path file, ReadOptions options) throws DraftReadException;
}

package dev.redline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/** Writing report files safely: never over an input, never half-written. */
public final class ReportFiles {
  /** Writes the content of a report to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole report to {@code out}, which the caller closes. */
    void writeTo(OutputStream out) throws IOException;
  }

  private ReportFiles() {}

  /**
   * Writes a file through a temporary file in the same folder, moved into place only once the
   * content is complete; on any failure the temporary file is removed and the target is left as it
   * was. The target must be a regular file or a new one: a device ({@code /dev/null}), a named pipe
   * or a socket is refused, never replaced. The temporary file has a short name ({@code
   * .redline-<16 hex digits>.part}), so any legal target name can be written; if the process is
   * stopped (Ctrl-C, {@code kill}) the temporary file is removed on the way out. Only files this
   * process created are ever removed.
   *
   * @param target the file to write
   * @param inputs the files the report was made from; writing over one of them is refused
   * @param content what to write
   * @throws IOException if the target is an input, is not a regular file, or cannot be written;
   *     the message names the file
   */
  public static void writeAtomically(Path target, Collection<Path> inputs, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (sameFile(absolute, input)) {
        throw new IOException(target + ": is one of the input drafts; refusing to write over it");
      }
    }
    Path folder = absolute.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new IOException(target + ": folder " + folder + " does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw new IOException(target + ": is a folder; give a file name");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      throw new IOException(target + ": is " + kind(absolute) + ", not a regular file; reports are written only to regular files"
          + " (use -o - for standard output)");
    }
    Path temporary = temporaryBeside(absolute);
    IN_PROGRESS.add(temporary);
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
        throw new IOException(target + ": became " + kind(absolute) + " while the report was written; not replaced");
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
      IN_PROGRESS.remove(temporary);
    }
  }

  /** What a file that is not a regular one is, in a user's words. */
  private static String kind(Path file) {
    try {
      Object type = Files.getAttribute(file, "unix:mode");
      int mode = type instanceof Integer m ? m : 0;
      return switch (mode & 0170000) {
        case 0020000, 0060000 -> "a device";
        case 0010000 -> "a named pipe (FIFO)";
        case 0140000 -> "a socket";
        default -> "not a regular file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a device, pipe or socket";
    }
  }

  /** Temporary files being written now; removed if the process is stopped before they are done. */
  private static final java.util.Set<Path> IN_PROGRESS = java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Path p : IN_PROGRESS) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
          // Nothing more can be done on the way out.
        }
      }
    }, "redline-temporary-files"));
  }

  /**
   * A new empty file beside the target, created by this call (never an existing one); unlike a
   * temporary file it gets the usual permissions. Its name is short whatever the target's.
   */
  private static Path temporaryBeside(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = String.format(java.util.Locale.ROOT, "%016x", java.util.concurrent.ThreadLocalRandom.current().nextLong());
      try {
        return Files.createFile(target.resolveSibling(".redline-" + suffix + ".part"));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  private static boolean sameFile(Path target, Path input) {
    Path in = input.toAbsolutePath().normalize();
    if (target.equals(in)) {
      return true;
    }
    try {
      return Files.exists(target) && Files.exists(in) && Files.isSameFile(target, in);
    } catch (IOException e) {
      return false;
    }
  }
}

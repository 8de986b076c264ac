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
   * was.
   *
   * @param target the file to write
   * @param inputs the files the report was made from; writing over one of them is refused
   * @param content what to write
   * @throws IOException if the target is an input or cannot be written; the message names the file
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
    removeLeftovers(absolute);
    Path temporary = temporaryBeside(absolute);
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Deletes partial files that an earlier write of the same target left when it was killed. */
  private static void removeLeftovers(Path target) throws IOException {
    String prefix = "." + target.getFileName() + ".";
    try (var files = Files.newDirectoryStream(target.getParent(), p -> {
      String name = p.getFileName().toString();
      return name.startsWith(prefix) && name.endsWith(".part");
    })) {
      for (Path leftover : files) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  /** A new empty file beside the target; unlike a temporary file it gets the usual permissions. */
  private static Path temporaryBeside(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
      try {
        return Files.createFile(target.resolveSibling("." + target.getFileName() + "." + suffix + ".part"));
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

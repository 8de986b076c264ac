package dev.redline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.redline.demands.DemandsFile;
import dev.redline.demands.DemandsFileException;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/**
 * Fuzz tests: any bytes given to a reader or to the demands parser end in a result or in the
 * documented exception, never in another one. Tagged slow (Jazzer instruments the readers first):
 * with {@code -Pfull} each runs its seeds only, and {@link FuzzSeedsTest} replays the same seeds in
 * every build; set JAZZER_FUZZ=1 to fuzz (see the README).
 */
@Tag("slow")
class ReadersFuzzTest {
  private static Path file(String suffix, byte[] data) throws IOException {
    Path f = Files.createTempFile("redline-fuzz", suffix);
    Files.write(f, data);
    return f;
  }

  private static void read(String suffix, byte[] data) throws IOException {
    Path f = file(suffix, data);
    try {
      DraftReaders.read(f);
    } catch (DraftReadException expected) {
      // the documented refusal
    } finally {
      Files.deleteIfExists(f);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void textReader(byte[] data) throws IOException {
    read(".txt", data);
  }

  @FuzzTest(maxDuration = "10m")
  void markdownReader(byte[] data) throws IOException {
    read(".md", data);
  }

  @FuzzTest(maxDuration = "10m")
  void wordReader(byte[] data) throws IOException {
    read(".docx", data);
  }

  @FuzzTest(maxDuration = "10m")
  void pdfReader(byte[] data) throws IOException {
    read(".pdf", data);
  }

  @FuzzTest(maxDuration = "10m")
  void demandsParser(byte[] data) throws IOException {
    Path f = file(".yaml", data);
    try {
      DemandsFile.read(f);
    } catch (DemandsFileException expected) {
      // the documented refusal
    } finally {
      Files.deleteIfExists(f);
    }
  }
}

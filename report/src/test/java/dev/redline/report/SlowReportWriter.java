package dev.redline.report;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A process that starts writing a report and then hangs, so a test can kill it mid-write. */
public final class SlowReportWriter {
  private SlowReportWriter() {}

  public static void main(String[] args) throws Exception {
    ReportFiles.writeAtomically(Path.of(args[0]), List.of(), out -> {
      out.write(new byte[1 << 20]);
      out.flush();
      System.out.println("writing");
      System.out.flush();
      try {
        new CountDownLatch(1).await(); // until the test kills the process
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}

package dev.redline.cli;

import dev.redline.read.ReadOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Option;

/** The limits every command that reads drafts takes: those on what is read ({@link ReadLimits}), and time. */
final class Limits {
  @picocli.CommandLine.Mixin ReadLimits reading;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop with exit code 7 if the work takes longer (default: no limit).")
  Integer timeoutSeconds;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  /** The reading options with these limits. */
  ReadOptions apply(ReadOptions options) {
    if (timeoutSeconds != null && timeoutSeconds < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout takes a number of at least 1");
    }
    return reading.apply(options);
  }

  /**
   * Runs the work, within the time limit if one is set. Reports are written atomically, so work
   * stopped by the limit leaves no partial file.
   */
  int run(Callable<Integer> work, PrintWriter err) throws Exception {
    if (timeoutSeconds == null) {
      return work.call();
    }
    FutureTask<Integer> task = new FutureTask<>(work);
    Thread worker = new Thread(task, "redline-work");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      worker.interrupt();
      err.println("redline: error: stopped after " + timeoutSeconds + " s, the limit set by --timeout");
      return ExitCode.TIMED_OUT;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof Exception x ? x : e;
    }
  }
}

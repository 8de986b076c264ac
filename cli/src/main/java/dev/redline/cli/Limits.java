package dev.redline.cli;

import dev.redline.read.ReadOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Option;

/** The limits every command that reads drafts takes: file size, PDF pages, articles, and time. */
final class Limits {
  @Option(names = "--max-size", paramLabel = "MB", description = "Refuse an input file larger than this many megabytes (default: 512).")
  Long maxSizeMb;

  @Option(names = "--max-pages", paramLabel = "N", description = "Refuse a PDF of more pages than this (default: 20000).")
  Integer maxPages;

  @Option(names = "--max-articles", paramLabel = "N",
      description = "Refuse a draft of more articles than this, ten times as many clauses or as many footnotes (default: 10000).")
  Integer maxArticles;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop with exit code 7 if the work takes longer (default: no limit).")
  Integer timeoutSeconds;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  /** The reading options with these limits. */
  ReadOptions apply(ReadOptions options) {
    if ((maxSizeMb != null && maxSizeMb < 1) || (maxPages != null && maxPages < 1) || (maxArticles != null && maxArticles < 1)
        || (timeoutSeconds != null && timeoutSeconds < 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-size, --max-pages, --max-articles and --timeout take a number of at least 1");
    }
    return options.withLimits(
        maxSizeMb == null ? options.maxBytes() : maxSizeMb > Long.MAX_VALUE >> 20 ? Long.MAX_VALUE : maxSizeMb << 20,
        maxPages == null ? options.maxPages() : maxPages)
        .withMaxArticles(maxArticles == null ? options.maxArticles() : maxArticles);
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

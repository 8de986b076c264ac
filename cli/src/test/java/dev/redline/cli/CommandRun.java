package dev.redline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs the command line in-process as a user would, with its standard output and error kept for
 * the test; each run starts with both empty.
 */
final class CommandRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** Runs {@code redline ARGS} (with {@code redline.yaml} of the working directory, if any); returns the exit code. */
  int run(String... args) {
    return run(Redline.commandLine(), args);
  }

  /** Runs this command line with these arguments; returns the exit code. */
  int run(CommandLine cmd, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }
}

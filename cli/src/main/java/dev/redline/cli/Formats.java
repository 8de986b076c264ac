package dev.redline.cli;

import dev.redline.report.ReportFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The report format a command line asks for: {@code --format}, else the output file's extension. */
final class Formats {
  private Formats() {}

  /** @throws ParameterException when neither names a format */
  static ReportFormat choose(CommandSpec spec, String format, Path output) {
    String known = Arrays.stream(ReportFormat.values()).map(ReportFormat::word).collect(Collectors.joining(", "));
    if (format != null) {
      return ReportFormat.of(format)
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "--format must be one of " + known + ", not '" + format + "'"));
    }
    if (StandardStreams.isStdout(output)) {
      throw new ParameterException(spec.commandLine(), "writing to standard output (-o -) needs --format: one of " + known);
    }
    return ReportFormat.ofFileName(output.getFileName().toString())
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            "cannot tell the format from '" + output + "': name a ." + known.replace(", ", ", .") + " file, or give --format"));
  }
}

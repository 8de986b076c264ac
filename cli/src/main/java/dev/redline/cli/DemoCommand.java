package dev.redline.cli;

import dev.redline.fixtures.Fixtures;
import dev.redline.report.ReportFormat;
import dev.redline.report.ReportSettings;
import dev.redline.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code redline demo}: the Word redline of the shipped fixture Rev.2 against Rev.3. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Writes a Word redline of the sample convention's Rev.3 against its Rev.2.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT.docx",
      defaultValue = "redline-demo/rev2-vs-rev3.docx",
      description = "The Word file to write (default: ${DEFAULT-VALUE}).")
  Path output;

  @picocli.CommandLine.Mixin OutputOptions messages;

  @Override
  public Integer call() {
    Path oldFile = Fixtures.draft("cybercrime", "rev2.txt");
    Path newFile = Fixtures.draft("cybercrime", "rev3.txt");
    Path folder = output.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      spec.commandLine().getErr().println("redline: error: " + folder + ": cannot create the folder: " + e.getMessage());
      return ExitCode.OUTPUT_FAILED;
    }
    return new Pipeline(messages.console(spec))
        .compare(oldFile, newFile, null, output, new ReportWriter(ReportFormat.DOCX, ReportSettings.DEFAULTS));
  }
}

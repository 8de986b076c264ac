package dev.redline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redline check --demands FILE DRAFT...}: which demands each draft adopted, with evidence. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a demands file against a chain of drafts, oldest first, and prints for every demand",
      "its status in each draft; -o writes the tracker with evidence as .xlsx, .csv or .json."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin Limits limits;

  @Option(names = "--demands", required = true, paramLabel = "FILE", description = "The demands file (YAML; see docs/demands-example.yaml).")
  Path demands;

  @Parameters(arity = "1..*", paramLabel = "DRAFT", description = "The drafts, oldest first (.txt, .md or .docx).")
  List<Path> drafts;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.xlsx|csv|json", description = "Also write the tracker with its evidence to this file.")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (drafts.size() < 2) {
      throw new ParameterException(spec.commandLine(), "give at least two drafts, oldest first");
    }
    Pipeline.Format format = null;
    if (output != null) {
      String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
      format = name.endsWith(".xlsx") ? Pipeline.Format.XLSX
          : name.endsWith(".csv") ? Pipeline.Format.CSV
          : name.endsWith(".json") ? Pipeline.Format.JSON
          : null;
      if (format == null) {
        throw new ParameterException(spec.commandLine(), "-o must name a .xlsx, .csv or .json file, not '" + output + "'");
      }
    }
    Pipeline.Format chosen = format;
    return limits.run(() -> new Pipeline(spec.commandLine().getOut(), spec.commandLine().getErr())
        .reading(limits.apply(dev.redline.read.ReadOptions.DEFAULTS)).check(drafts, demands, output, chosen), spec.commandLine().getErr());
  }
}

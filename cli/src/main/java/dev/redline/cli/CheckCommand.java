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

  @picocli.CommandLine.Mixin OutputOptions messages;

  @Option(names = "--demands", required = true, paramLabel = "FILE", description = "The demands file (YAML; see docs/demands-example.yaml).")
  Path demands;

  @Parameters(arity = "1..*", paramLabel = "DRAFT", description = "The drafts, oldest first (.txt, .md, .docx or .pdf); one of them may be -, standard input.")
  List<Path> drafts;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.xlsx|csv|json", description = "Also write the tracker with its evidence to this file; - writes it to standard output (with --format).")
  Path output;

  @Option(names = "--format", paramLabel = "xlsx|csv|json", description = "The tracker file's format (default: from the -o file's extension; needed with -o -).")
  String format;

  @Override
  public Integer call() throws Exception {
    if (drafts.size() < 2) {
      throw new ParameterException(spec.commandLine(), "give at least two drafts, oldest first");
    }
    Pipeline.Format chosen = null;
    if (format != null) {
      chosen = switch (format.toLowerCase(Locale.ROOT)) {
        case "xlsx" -> Pipeline.Format.XLSX;
        case "csv" -> Pipeline.Format.CSV;
        case "json" -> Pipeline.Format.JSON;
        default -> throw new ParameterException(spec.commandLine(), "--format must be xlsx, csv or json, not '" + format + "'");
      };
    } else if (output != null) {
      String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
      chosen = name.endsWith(".xlsx") ? Pipeline.Format.XLSX
          : name.endsWith(".csv") ? Pipeline.Format.CSV
          : name.endsWith(".json") ? Pipeline.Format.JSON
          : null;
      if (chosen == null) {
        throw new ParameterException(spec.commandLine(), StandardStreams.isStdout(output)
            ? "writing to standard output (-o -) needs --format xlsx, csv or json"
            : "-o must name a .xlsx, .csv or .json file, not '" + output + "'");
      }
    }
    Pipeline.Format picked = chosen;
    return limits.run(() -> new Pipeline(messages.console(spec))
        .reading(limits.apply(dev.redline.read.ReadOptions.DEFAULTS)).check(drafts, demands, output, picked), spec.commandLine().getErr());
  }
}

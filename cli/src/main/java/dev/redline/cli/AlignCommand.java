package dev.redline.cli;

import dev.redline.report.concordance.ConcordanceWriter;
import dev.redline.report.flow.FlowDiagramWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code redline align A B [C ...]}: the concordance of a chain of drafts. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    description = {
      "Aligns a chain of drafts, oldest first, and prints the concordance:",
      "one row per provision, its number in each draft, and what happened to it at each step."
    })
final class AlignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin Limits limits;

  @picocli.CommandLine.Mixin OutputOptions messages;

  @Parameters(arity = "2..*", paramLabel = "DRAFT", description = "Two or more drafts, oldest first (.txt, .md, .docx or .pdf); one of them may be -, standard input.")
  List<Path> drafts;

  @Option(names = "--format", paramLabel = "md|csv|json|svg", description = "Output format: the concordance as md, csv or json, or svg for a flow diagram of the chain (default: from the -o file's extension, else md).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    boolean svg = "svg".equalsIgnoreCase(format)
        || (format == null && output != null && output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg"));
    if (svg) {
      return limits.run(() -> new Pipeline(messages.console(spec))
        .reading(limits.apply(dev.redline.read.ReadOptions.DEFAULTS)).history(drafts, output, FlowDiagramWriter::write), spec.commandLine().getErr());
    }
    ConcordanceWriter.Format chosen;
    if (format != null) {
      try {
        chosen = ConcordanceWriter.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--format must be md, csv, json or svg, not '" + format + "'");
      }
    } else if (output != null) {
      chosen = ConcordanceWriter.Format.ofFileName(output.toString()).orElse(ConcordanceWriter.Format.MD);
    } else {
      chosen = ConcordanceWriter.Format.MD;
    }
    return limits.run(() -> new Pipeline(messages.console(spec))
        .reading(limits.apply(dev.redline.read.ReadOptions.DEFAULTS))
        .history(drafts, output, history -> ConcordanceWriter.write(history, chosen)), spec.commandLine().getErr());
  }
}

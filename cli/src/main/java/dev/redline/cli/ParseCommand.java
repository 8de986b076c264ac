package dev.redline.cli;

import dev.redline.report.outline.OutlineWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redline parse DRAFT}: what Redline recognised in one draft. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Reads one draft and prints what Redline recognised in it: title, symbol, revision and date,",
      "then every division and article with its clause and footnote counts, then the warnings.",
      "With --format json, the whole structure: every clause's text, path and provenance."
    })
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin Limits limits;

  @picocli.CommandLine.Mixin OutputOptions messages;

  @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (.txt, .md, .docx or .pdf); - reads it from standard input.")
  Path draft;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws Exception {
    OutlineWriter.Format chosen =
        OutlineWriter.Format.named(format)
            .orElseThrow(() -> new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'"));
    return limits.run(() -> new Pipeline(messages.console(spec))
        .reading(limits.apply(dev.redline.read.ReadOptions.DEFAULTS))
        .parse(draft, d -> OutlineWriter.write(d, chosen)), spec.commandLine().getErr());
  }
}

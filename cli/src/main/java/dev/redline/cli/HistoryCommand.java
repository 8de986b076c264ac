package dev.redline.cli;

import dev.redline.report.ReportFormat;
import dev.redline.report.ReportWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redline history D1 D2 D3 ... -o OUT}: the concordance over a chain of drafts and the redline of each step. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Follows a chain of drafts, oldest first, and writes one report over all of",
      "them: the concordance (each provision's number in every draft) and the",
      "redline of each step, as .html, .md or .json."
    })
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin Limits limits;

  @picocli.CommandLine.Mixin OutputOptions messages;

  @Parameters(arity = "2..*", paramLabel = "DRAFT", description = "Two or more drafts, oldest first (.txt, .md, .docx or .pdf); one of them may be -, standard input.")
  List<Path> drafts;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The file to write; - writes to standard output (with --format).")
  Path output;

  @Option(names = "--format", paramLabel = "html|json|md|svg", description = "The report's format; svg draws the flow of provisions across the drafts (default: from the -o file's extension).")
  String format;

  @Option(names = "--demands", paramLabel = "FILE", description = "A demands file: each demand's status in every draft goes into the report.")
  Path demands;

  @Option(names = "--date", paramLabel = "ISO-DATE-TIME", description = "Date of the report, such as 2024-06-14T09:00:00Z (default: now).")
  ZonedDateTime date;

  @Option(names = "--ignore-formatting", description = "Compare words only, as with Word's \"Formatting\" check box cleared: bold, italic and the like are neither compared nor shown.")
  boolean ignoreFormatting;

  @Override
  public Integer call() throws Exception {
    ReportFormat chosen = Formats.choose(spec, format, output);
    if (!chosen.writesHistories()) {
      throw new ParameterException(spec.commandLine(), "a history is written as html, md, json or svg, not " + chosen.word()
          + "; for a Word redline of two drafts use compare");
    }
    ReportWriter.Builder writer = ReportWriter.builder(chosen);
    if (date != null) {
      writer.date(date);
    }
    return limits.run(() -> new Pipeline(messages.console(spec))
        .reading(limits.apply(ignoreFormatting ? dev.redline.read.ReadOptions.DEFAULTS.withoutFormatting() : dev.redline.read.ReadOptions.DEFAULTS))
        .historyReport(drafts, demands, output, writer.build()), spec.commandLine().getErr());
  }
}

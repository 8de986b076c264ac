package dev.redline.cli;

import dev.redline.read.ReadOptions;
import dev.redline.report.ReportFormat;
import dev.redline.report.ReportWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redline compare OLD NEW -o OUT}: the redline of two drafts, as Word, HTML, JSON or Markdown. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two drafts and writes the redline: a Word file with tracked changes",
      "(.docx), a self-contained web page (.html), the whole comparison as JSON",
      "(.json) or a Markdown summary (.md)."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin Limits limits;

  @picocli.CommandLine.Mixin OutputOptions messages;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier draft (.txt, .md, .docx or .pdf); - reads it from standard input.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later draft (.txt, .md, .docx or .pdf); - reads it from standard input.")
  Path newFile;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The file to write; - writes to standard output (with --format).")
  Path output;

  @Option(names = "--format", paramLabel = "docx|html|json|md", description = "The report's format (default: from the -o file's extension).")
  String format;

  @Option(names = "--printable", arity = "0..1", fallbackValue = "true", paramLabel = "true|false", description = "A Word redline for print: changes shown by colour, underline and strike-through instead of tracked (--printable=false undoes a redline.yaml default).")
  boolean printable;

  @Option(names = "--demands", paramLabel = "FILE", description = "A demands file: each demand's status in the new draft goes into the report.")
  Path demands;

  @Option(names = "--author", paramLabel = "NAME", defaultValue = "Redline", description = "Author of the tracked changes and comments (default: ${DEFAULT-VALUE}).")
  String author;

  @Option(names = "--date", paramLabel = "ISO-DATE-TIME", description = "Date of the report and its tracked changes, such as 2024-06-14T09:00:00Z (default: now). The same drafts and date give the same file, byte for byte.")
  ZonedDateTime date;

  @Option(
      names = "--article-pattern",
      paramLabel = "REGEX",
      description = "Article headings for unusual documents, as a Java regular expression matching the whole heading line, with a named group 'number' and optionally 'title', such as 'Clause (?<number>\\d+) — (?<title>.+)'.")
  String articlePattern;

  @Option(names = "--ignore-formatting", description = "Compare words only, as with Word's \"Formatting\" check box cleared: bold, italic and the like are neither compared nor shown.")
  boolean ignoreFormatting;

  @Override
  public Integer call() throws Exception {
    ReadOptions pattern;
    try {
      pattern = articlePattern == null ? ReadOptions.DEFAULTS : ReadOptions.withArticlePattern(articlePattern);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--article-pattern: " + e.getMessage());
    }
    ReadOptions options = ignoreFormatting ? pattern.withoutFormatting() : pattern;
    ReportFormat chosen = Formats.choose(spec, format, output);
    if (!chosen.writesComparisons()) {
      throw new ParameterException(spec.commandLine(), "a comparison is written as docx, html, json or md; for the flow diagram ("
          + chosen.word() + ") of two or more drafts use history");
    }
    if (printable && chosen != ReportFormat.DOCX) {
      throw new ParameterException(spec.commandLine(), "--printable is for Word files (.docx), not " + chosen.word());
    }
    ReportWriter.Builder writer = ReportWriter.builder(chosen).author(author).printable(printable);
    if (date != null) {
      writer.date(date);
    }
    return limits.run(() -> new Pipeline(messages.console(spec))
        .reading(limits.apply(options))
        .compare(oldFile, newFile, demands, output, writer.build()), spec.commandLine().getErr());
  }
}

package dev.redline.cli;

import dev.redline.read.ReadOptions;
import dev.redline.report.docx.DocxRedlineWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redline compare OLD NEW -o OUT.docx}. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compares two drafts and writes a Word redline with tracked changes.")
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier draft (.txt, .md, .docx or .pdf).")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later draft (.txt, .md, .docx or .pdf).")
  Path newFile;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.docx", required = true, description = "The Word file to write.")
  Path output;

  @Option(names = "--author", paramLabel = "NAME", defaultValue = "Redline", description = "Author of the tracked changes (default: ${DEFAULT-VALUE}).")
  String author;

  @Option(names = "--date", paramLabel = "ISO-DATE-TIME", description = "Date of the tracked changes, such as 2024-06-14T09:00:00Z (default: now).")
  ZonedDateTime date;

  @Option(
      names = "--article-pattern",
      paramLabel = "REGEX",
      description = "Article headings for unusual documents, as a Java regular expression matching the whole heading line, with a named group 'number' and optionally 'title', such as 'Clause (?<number>\\d+) — (?<title>.+)'.")
  String articlePattern;

  @Override
  public Integer call() {
    ReadOptions options;
    try {
      options = articlePattern == null ? ReadOptions.DEFAULTS : ReadOptions.withArticlePattern(articlePattern);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--article-pattern: " + e.getMessage());
    }
    DocxRedlineWriter.Builder writer = DocxRedlineWriter.builder().author(author);
    if (date != null) {
      writer.date(date);
    }
    return new Pipeline(spec.commandLine().getOut(), spec.commandLine().getErr())
        .reading(options)
        .compare(oldFile, newFile, output, writer.build());
  }
}

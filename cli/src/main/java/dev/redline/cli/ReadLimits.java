package dev.redline.cli;

import dev.redline.read.ReadOptions;
import picocli.CommandLine.Option;

/** The limits on what is read: file size, PDF pages and articles; every command that reads drafts takes them, serve too. */
final class ReadLimits {
  @Option(names = "--max-size", paramLabel = "MB", description = "Refuse a file larger than this many megabytes (default: 512).")
  Long maxSizeMb;

  @Option(names = "--max-pages", paramLabel = "N", description = "Refuse a PDF of more pages than this (default: 20000).")
  Integer maxPages;

  @Option(names = "--max-articles", paramLabel = "N",
      description = "Refuse a draft of more articles than this, ten times as many clauses or as many footnotes (default: 10000).")
  Integer maxArticles;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  /** The reading options with these limits; a size beyond what a long holds in bytes is no limit. */
  ReadOptions apply(ReadOptions options) {
    if ((maxSizeMb != null && maxSizeMb < 1) || (maxPages != null && maxPages < 1) || (maxArticles != null && maxArticles < 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-size, --max-pages and --max-articles take a number of at least 1");
    }
    return options.withLimits(
        maxSizeMb == null ? options.maxBytes() : maxSizeMb > Long.MAX_VALUE >> 20 ? Long.MAX_VALUE : maxSizeMb << 20,
        maxPages == null ? options.maxPages() : maxPages)
        .withMaxArticles(maxArticles == null ? options.maxArticles() : maxArticles);
  }
}

package dev.redline.report;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.model.Comparison;
import dev.redline.model.History;
import dev.redline.read.DraftReaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Two small drafts whose text holds markup characters (HTML tags, Markdown marks, a table bar), for escaping tests. */
public final class TrickyDrafts {
  static final String OLD =
      """
      A/AC.9/2/Rev.1

      Rules on <b>markup</b> | *stars* & [links](http://example.org)

      Article 1. Terms

      1. A "record" is any <script>alert('old')</script> entry.

      2. Nothing in these rules affects *emphasis* or `code`.

      Article 2. Scope

      These rules apply to every Party.
      """;

  static final String NEW =
      """
      A/AC.9/2/Rev.2

      Rules on <b>markup</b> | *stars* & [links](http://example.org)

      Article 1. Terms

      1. A "record" is any <script>alert('new')</script> entry | row.

      2. Nothing in these rules affects *emphasis* or `code` or # headings.

      Article 2. Scope

      These rules apply to every Party & its agencies.
      """;

  private TrickyDrafts() {}

  /** The history of the two drafts, written into the folder. */
  public static History history(Path dir) throws Exception {
    Path oldFile = Files.writeString(dir.resolve("tricky-old.txt"), OLD, StandardCharsets.UTF_8);
    Path newFile = Files.writeString(dir.resolve("tricky-new.txt"), NEW, StandardCharsets.UTF_8);
    return Histories.of(List.of(DraftReaders.read(oldFile), DraftReaders.read(newFile)), new Aligner());
  }

  /** The comparison of the one step of the history. */
  public static Comparison comparison(History history) {
    return history.steps().get(0);
  }

  /** The comparison of the two drafts, written into the folder. */
  public static Comparison comparison(Path dir) throws Exception {
    return comparison(history(dir));
  }
}

package dev.redline.report.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.report.ReportInputs;
import dev.redline.report.TrickyDrafts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown summary says what a reader of an email needs, and renders the drafts' text as written. */
class MarkdownReportWriterTest {
  private static final MarkdownReportWriter WRITER = MarkdownReportWriter.builder().date(ReportInputs.DATE).build();

  @Test
  void theSummaryHasTheCountsTheChangedArticlesAndTheDemands() {
    String md = WRITER.write(ReportInputs.comparison("rev2", "rev3"), Optional.of(ReportInputs.tracker("rev2", "rev3")));
    List<String> lines = md.lines().toList();
    assertTrue(lines.get(0).equals("# Redline of Rev.3 against Rev.2"), lines.get(0));
    assertTrue(lines.contains("| Symbol | A/AC.900/4/Rev.2 | A/AC.900/4/Rev.3 |"), md);
    // CHANGES.md, Rev.2 -> Rev.3: 18 articles edited, one of them (8 -> 9) in its title only; 16 with
    // only their cross-reference numbers changed.
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith(
            "54 \u2192 55 articles: 2 unchanged, 51 renumbered, 2 retitled, 17 modified, 16 references updated, 1 inserted; 52 clauses changed, ")),
        md);
    assertTrue(lines.contains("| 17 | 18 | Liability of legal persons | renumbered modified | 1 substantive, 1 numbering, 2 consequential |"), md);
    assertTrue(lines.contains("| \u2014 | 4 | Offences established in accordance with other United Nations conventions and protocols | inserted | 3 substantive |"), md);
    assertFalse(md.contains("| Protection of sovereignty |"), "an article only renumbered is counted, not listed");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("| D2 | Legal persons liable only for intentional participation") && l.endsWith("| adopted | **reversed** |")), md);
  }

  @Test
  void theHistoryHasTheConcordanceAndEachStepsRedline() {
    String md = WRITER.write(ReportInputs.history("rev1", "rev2", "rev3"), ReportInputs.steps("rev1", "rev2", "rev3"), Optional.empty());
    List<String> lines = md.lines().toList();
    assertTrue(lines.contains("| 31, 32 | 30 | 31 | Freezing, seizure and confiscation of proceeds of crime | merged | renumbered references updated |"), md);
    assertTrue(lines.contains("## Rev.1 \u2192 Rev.2") && lines.contains("## Rev.2 \u2192 Rev.3"), md);
    assertTrue(md.contains("can be held liable for ~~intentional~~ participation"), "Rev.3 drops a word from 18.1");
    assertTrue(lines.contains("#### ~~Article 13. Dissemination of false information~~"), "the deleted article, struck through");
    assertTrue(lines.stream().noneMatch(l -> l.matches("- \\d+\\. .*")), "paragraph numbers do not start nested lists");
  }

  @Test
  void markupInTheDraftsIsEscaped(@TempDir Path dir) throws Exception {
    dev.redline.model.History history = TrickyDrafts.history(dir);
    String summary = WRITER.write(TrickyDrafts.comparison(history), Optional.empty());
    assertTrue(summary.contains("\nRules on \\<b\\>markup\\</b\\> \\| \\*stars\\* & \\[links\\](http://example.org)\n"), summary);
    String md = WRITER.write(history, List.of(TrickyDrafts.comparison(history)), Optional.empty());
    assertTrue(md.contains("\\<script\\>alert('~~old~~**new**')\\</script\\>"), md);
    assertTrue(md.contains("\\*emphasis\\* or \\`code\\`"), md);
    assertTrue(md.contains("**\\| row**"), "an inserted table bar is literal: " + md);
    assertFalse(md.contains("<script>"), md);
  }
}

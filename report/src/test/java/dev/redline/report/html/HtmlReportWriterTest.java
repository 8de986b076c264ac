package dev.redline.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.report.ReportInputs;
import dev.redline.report.ReportSettings;
import dev.redline.report.TrickyDrafts;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as a file: self-contained, escaped, printable, with every article in its navigation. */
class HtmlReportWriterTest {
  private static final HtmlReportWriter WRITER = new HtmlReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE));

  @Test
  void aFormattingChangeHasADottedUnderlineAndSaysWhatChanged() throws Exception {
    // make_formatted.py: Rev.2 puts "Basin" in italics and takes the bold off "free of charge";
    // "inter alia" is italic in both
    dev.redline.model.Comparison comparison = dev.redline.Redline.compare(
        dev.redline.read.DraftReaders.read(dev.redline.fixtures.Fixtures.draft("formatted", "rev1.docx")),
        dev.redline.read.DraftReaders.read(dev.redline.fixtures.Fixtures.draft("formatted", "rev2.docx")));
    String html = new HtmlReportWriter(ReportSettings.DEFAULTS).write(comparison, java.util.Optional.empty());
    assertTrue(html.contains("<span class=\"formatting\" title=\"Formatting: italic added\"><i>Basin</i></span>"), html);
    assertTrue(html.contains("<span class=\"formatting\" title=\"Formatting: bold removed\">free of charge</span>"), html);
    assertTrue(html.contains("<i>inter alia</i>"), "italics kept where they did not change");
    assertTrue(html.contains("<td>formatting</td>"), "counted by kind");
  }

  @Test
  void itLoadsNothingFromAnywhereAndPrints() {
    String html = WRITER.write(ReportInputs.comparison("rev1", "rev2"), Optional.empty());
    assertFalse(Pattern.compile("<(link|img|iframe|object|embed)\\b|\\bsrc=|url\\(|@import", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "no external resource");
    assertTrue(html.contains("@media print"), "a print style sheet");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
  }

  @Test
  void everyArticleIsInTheNavigationAndEveryLinkHasItsTarget() {
    String html = WRITER.write(ReportInputs.comparison("rev1", "rev2"), Optional.empty());
    Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int count = 0;
    while (links.find()) {
      assertTrue(html.contains("id=\"" + links.group(1) + "\""), "no target for #" + links.group(1));
      count += links.group(1).contains("note-") ? 0 : 1;
    }
    // 54 articles of Rev.2, the deleted article 13, the merged-away article 32, the moved article's old place, and 2 sections (and the notes)
    assertEquals(54 + 3 + 2, count);
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertTrue(seen.add(ids.group(1)), "duplicate id " + ids.group(1));
    }
  }

  @Test
  void theDraftsTextIsEscaped(@TempDir Path dir) throws Exception {
    String html = WRITER.write(TrickyDrafts.comparison(dir), Optional.empty());
    assertFalse(html.contains("<script>alert"), "draft text never becomes markup");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;"), html);
    assertTrue(html.contains("<title>Redline of Rev.2 against Rev.1</title>"));
    assertTrue(html.contains("Rules on &lt;b&gt;markup&lt;/b&gt; | *stars* &amp; [links](http://example.org)"), "the title, escaped");
    assertEquals(1, html.split("<script>", -1).length - 1, "only the report's own script");
  }

  @Test
  void theHistoryShowsTheConcordanceAndEachStep() {
    String html = WRITER.write(ReportInputs.history("rev1", "rev2", "rev3"), ReportInputs.steps("rev1", "rev2", "rev3"),
        Optional.of(ReportInputs.tracker("rev1", "rev2", "rev3")));
    assertTrue(html.contains("<title>History of Rev.1 to Rev.3</title>"));
    assertTrue(html.contains("<td>31, 32</td><td>30</td><td>31</td><td>Freezing, seizure and confiscation of proceeds of crime</td>"), "the concordance row of the merge");
    assertTrue(html.contains("id=\"s1-step\"") && html.contains("id=\"s2-step\""));
    assertTrue(html.contains("id=\"s2-a-18\"") && html.contains("id=\"s1-a-17\""), "each step's articles");
  }

  @Test
  void eachBadgeOfTheHistorysConcordanceNamesOneKind() {
    String html = WRITER.write(ReportInputs.history("rev1", "rev2", "rev3"), ReportInputs.steps("rev1", "rev2", "rev3"), Optional.empty());
    String concordance = html.substring(html.indexOf("<section id=\"concordance\">"), html.indexOf("</section>", html.indexOf("<section id=\"concordance\">")));
    java.util.regex.Matcher badge = java.util.regex.Pattern.compile("<span class=\"badge ([^\"]*)\">([^<]*)</span>").matcher(concordance);
    java.util.Set<String> words = new java.util.TreeSet<>();
    while (badge.find()) {
      assertTrue(dev.redline.model.LinkKind.of(badge.group(2)).isPresent(), "a badge that names no kind: " + badge.group());
      words.add(badge.group(2));
    }
    // CHANGES.md: Rev.2 renumbers articles whose only edit is a cross-reference brought up to date
    assertTrue(words.contains("references updated"), "a provision whose references were updated has one badge saying so: " + words);
  }
}

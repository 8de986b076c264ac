package dev.redline.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redline.report.ReportInputs;
import dev.redline.report.ReportSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser, headless Chromium: it loads without a single console error,
 * shows the navigation and a redlined article, and its buttons switch to side by side and to
 * changed articles only. The screenshots are kept in {@code target/screenshots/} to look at.
 */
class HtmlReportChromiumTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir Path dir;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertEquals("", Chromium.unavailableReason(), "Chromium is needed for this test (run .ci/install-test-tools)");
  }

  @Test
  void theReportLoadsCleanlyAndShowsTheNavigationAndARedlinedArticle() throws Exception {
    String html = new HtmlReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE))
        .write(ReportInputs.comparison("rev2", "rev3"), Optional.of(ReportInputs.tracker("rev2", "rev3")));
    Path file = Files.writeString(dir.resolve("rev2-rev3.html"), html, StandardCharsets.UTF_8);
    Files.createDirectories(SCREENSHOTS);

    try (Chromium chromium = new Chromium()) {
      chromium.open(file, 1280, 900);
      chromium.evaluate("location.hash = '#a-18'; new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
      Files.write(SCREENSHOTS.resolve("rev2-rev3-article-18.png"), chromium.screenshot());

      JsonNode seen = chromium.evaluate("""
          (() => {
            const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight; };
            const nav = document.querySelector('nav.toc');
            const article = document.getElementById('a-18');
            return {
              navVisible: visible(nav),
              navItems: nav.querySelectorAll('li').length,
              articleVisible: visible(article.querySelector('h3')),
              heading: article.querySelector('h3').innerText,
              deleted: [...article.querySelectorAll('.inline-view del')].map(d => d.innerText),
              sideHidden: getComputedStyle(article.querySelector('.side-view')).display === 'none'
            };
          })()""");
      assertTrue(seen.get("navVisible").asBoolean(), "the navigation is in view");
      assertEquals(55 + 3, seen.get("navItems").asInt(), "every article of Rev.3 and the three report sections are listed");
      assertTrue(seen.get("articleVisible").asBoolean(), "article 18 is in view");
      assertTrue(seen.get("heading").asText().startsWith("Article 1718. Liability of legal persons"), seen.get("heading").asText());
      assertTrue(seen.get("deleted").toString().contains("intentional"), "the word deleted from 18.1 is marked: " + seen.get("deleted"));
      assertTrue(seen.get("sideHidden").asBoolean(), "inline by default");

      JsonNode side = chromium.evaluate("""
          (() => {
            document.querySelector('[data-view=side]').click();
            const article = document.getElementById('a-18');
            const table = article.querySelector('.side-view');
            const only = document.getElementById('changed-only');
            only.click();
            const hidden = [...document.querySelectorAll('article.article')].filter(a => getComputedStyle(a).display === 'none').length;
            const unchanged = document.querySelectorAll('article.article.unchanged').length;
            return {
              sideShown: getComputedStyle(table).display !== 'none',
              inlineHidden: getComputedStyle(article.querySelector('.inline-view')).display === 'none',
              oldColumn: table.querySelector('tbody tr td').innerText,
              hidden: hidden, unchanged: unchanged
            };
          })()""");
      Files.write(SCREENSHOTS.resolve("rev2-rev3-side-by-side.png"), chromium.screenshot());
      assertTrue(side.get("sideShown").asBoolean() && side.get("inlineHidden").asBoolean(), "the button switches to side by side");
      assertTrue(side.get("oldColumn").asText().contains("intentional participation"), side.get("oldColumn").asText());
      assertTrue(side.get("unchanged").asInt() > 0);
      assertEquals(side.get("unchanged").asInt(), side.get("hidden").asInt(), "the filter hides exactly the unchanged articles");

      assertEquals(List.of(), chromium.errors(), "console errors");
    }
  }

  @Test
  void theHistoryReportLoadsCleanlyToo() throws Exception {
    String html = new HtmlReportWriter(ReportSettings.DEFAULTS.withDate(ReportInputs.DATE)).write(
        ReportInputs.history("rev1", "rev2", "rev3"), ReportInputs.steps("rev1", "rev2", "rev3"), Optional.of(ReportInputs.tracker("rev1", "rev2", "rev3")));
    Path file = Files.writeString(dir.resolve("history.html"), html, StandardCharsets.UTF_8);
    Files.createDirectories(SCREENSHOTS);
    try (Chromium chromium = new Chromium()) {
      chromium.open(file, 1280, 900);
      chromium.evaluate("location.hash = '#s1-a-35'; new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
      Files.write(SCREENSHOTS.resolve("history-rev1-rev2-article-35.png"), chromium.screenshot());
      JsonNode seen = chromium.evaluate("""
          (() => {
            const article = document.getElementById('s1-a-35');
            const r = article.getBoundingClientRect();
            return { inView: r.top >= 0 && r.top < innerHeight, movedHere: article.querySelectorAll('.moved-to').length,
                     steps: document.querySelectorAll('nav.toc .step').length };
          })()""");
      assertTrue(seen.get("inView").asBoolean(), "the moved article is in view");
      assertTrue(seen.get("movedHere").asInt() > 0, "its text is marked as moved here");
      assertEquals(2, seen.get("steps").asInt());
      assertEquals(List.of(), chromium.errors(), "console errors");
    }
  }
}

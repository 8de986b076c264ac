package dev.redline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.diff.DraftText;
import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.Office;
import dev.redline.model.Draft;
import dev.redline.read.DraftReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The web app in a real browser, as a user goes through it: headless Chromium, driven by Selenium,
 * uploads the drafts, waits for the report, reads Article 18's redline in it, downloads the Word
 * redline, which LibreOffice then opens; and a project built up, then found again after a restart.
 */
class WebAppBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir Path dir;

  @BeforeAll
  static void browserIsInstalled() {
    String reason = Browser.unavailableReason();
    assertEquals("", reason, "Chromium and its driver are needed for this test (run .ci/install-test-tools): " + reason);
  }

  @Test
  void thePageRunsUnderItsPolicyAndAWrongFileGetsTheMessageOnThePage() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
    try (RedlineServer server = RedlineServer.builder(dir.resolve("workspace")).start(); Browser browser = new Browser()) {
      browser.driver.get("http://127.0.0.1:" + server.port() + "/");
      assertTrue(browser.driver.getPageSource().contains("needs the token"), "without the token: refused");
      browser.driver.get(server.url().toString());
      browser.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
      browser.driver.findElement(By.id("drafts")).sendKeys(Fixtures.draft("cybercrime", "rev1.txt") + "\n" + empty);
      browser.driver.findElement(By.id("compare")).click();
      WebElement error = browser.until(d -> {
        WebElement e = d.findElement(By.id("error"));
        return e.isDisplayed() ? e : null;
      });
      assertTrue(error.getText().startsWith("empty.txt: "), "the command line's message, naming the file: " + error.getText());
      assertTrue(browser.driver.findElements(By.cssSelector("#projects button.project")).isEmpty(), "no project made");
    }
  }

  @Test
  @Tag("slow")
  void uploadRev2AndRev3ReadArticle18AndDownloadTheWordRedlineThatAcceptsToRev3() throws Exception {
    String office = Office.unavailableReason();
    assertEquals("", office, "LibreOffice is needed for this test (run .ci/install-test-tools): " + office);
    Path rev2 = Fixtures.draft("cybercrime", "rev2.docx");
    Path rev3 = Fixtures.draft("cybercrime", "rev3.docx");
    try (RedlineServer server = RedlineServer.builder(dir.resolve("workspace")).start(); Browser browser = new Browser()) {
      browser.driver.get(server.url().toString());
      browser.driver.findElement(By.id("drafts")).sendKeys(rev3 + "\n" + rev2);
      browser.driver.findElement(By.id("compare")).click();

      WebElement frame = browser.until(d -> {
        WebElement f = d.findElement(By.id("report"));
        return f.isDisplayed() ? f : null;
      });
      browser.driver.switchTo().frame(frame);
      WebElement article = browser.until(d -> d.findElements(By.id("a-18")).stream().findFirst().orElse(null));
      browser.driver.executeScript("arguments[0].scrollIntoView()", article);
      assertTrue(article.findElement(By.tagName("h3")).getText().startsWith("Article 1718. Liability of legal persons"),
          "Article 17 of Rev.2 became 18: " + article.findElement(By.tagName("h3")).getText());
      List<String> deleted = article.findElements(By.cssSelector(".inline-view del")).stream().map(WebElement::getText).toList();
      assertTrue(deleted.contains("intentional"), "the word struck from 18.1: " + deleted);
      WebElement side = article.findElement(By.cssSelector(".side-view"));
      assertTrue(!side.isDisplayed(), "inline by default");
      browser.driver.findElement(By.cssSelector("[data-view=side]")).click();
      assertTrue(side.isDisplayed(), "the report's own script runs under the policy: side by side at a click");
      browser.driver.findElement(By.cssSelector("[data-view=inline]")).click();
      browser.driver.switchTo().defaultContent();
      browser.driver.executeScript("window.scrollTo(0, 0)");
      assertTrue(browser.driver.findElement(By.cssSelector("#projects button.project")).getText()
          .startsWith("Draft convention on preventing and combating"), "named by the latest draft's title");
      Files.createDirectories(SCREENSHOTS);
      Files.copy(browser.driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("web-app-rev2-rev3.png"), StandardCopyOption.REPLACE_EXISTING);

      List<String> offered = browser.driver.findElements(By.cssSelector("#downloads a")).stream().map(a -> a.getAttribute("data-download")).toList();
      assertEquals(List.of("redline.docx", "printable.docx", "comparison.json"), offered, "no tracker without a demands file");
      browser.driver.findElement(By.cssSelector("#downloads a[data-download='redline.docx']")).click();
      Path docx = browser.until(d -> downloaded(browser.downloads, ".docx"));

      Office.Result result = Office.acceptAndReject(docx);
      assertEquals(0, result.leftAfterAccept());
      Draft newDraft = DraftReaders.read(rev3);
      List<String> accepted = result.accepted().stream()
          .filter(p -> !p.style().startsWith("Redline note"))
          .map(Office.Paragraph::text)
          .filter(t -> !t.isBlank())
          .toList();
      List<String> expected = withoutNotes(newDraft);
      for (int i = 0; i < Math.min(expected.size(), accepted.size()); i++) {
        assertEquals(expected.get(i), accepted.get(i), "after accepting all: first difference at paragraph " + (i + 1));
      }
      assertEquals(expected.size(), accepted.size(), "paragraphs after accepting all");
    }
  }

  @Test
  @Tag("slow")
  void aProjectGrowsByARevisionAndADemandsFileAndIsFoundAfterARestart() throws Exception {
    Path workspace = dir.resolve("workspace");
    try (RedlineServer server = RedlineServer.builder(workspace).start(); Browser browser = new Browser()) {
      browser.driver.get(server.url().toString());
      browser.driver.findElement(By.id("project-name")).sendKeys("Cybercrime convention");
      browser.driver.findElement(By.id("drafts")).sendKeys(Fixtures.draft("cybercrime", "rev2.txt") + "\n" + Fixtures.draft("cybercrime", "rev3.txt"));
      browser.driver.findElement(By.id("compare")).click();
      browser.until(d -> d.findElement(By.id("project-drafts")).findElements(By.tagName("li")).size() == 2);

      Path empty = Files.writeString(dir.resolve("rev4.txt"), "");
      browser.driver.findElement(By.id("add-drafts")).sendKeys(empty.toString());
      browser.driver.findElement(By.id("add")).click();
      WebElement refused = browser.until(d -> {
        WebElement e = d.findElement(By.id("error"));
        return e.isDisplayed() && d.findElement(By.id("report")).isDisplayed() ? e : null;
      });
      assertTrue(refused.getText().startsWith("rev4.txt: "), refused.getText());
      assertEquals(2, browser.driver.findElements(By.cssSelector("#project-drafts li")).size(), "the project as it was, its report still shown");

      browser.driver.findElement(By.id("add-drafts")).sendKeys(Fixtures.draft("cybercrime", "rev1.txt").toString());
      new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("add-where"))).selectByValue("earlier");
      browser.driver.findElement(By.id("add")).click();
      browser.until(d -> d.findElement(By.id("project-drafts")).findElements(By.tagName("li")).size() == 3);

      browser.driver.findElement(By.id("add-demands")).sendKeys(Fixtures.root().resolve("demands/cybercrime-letters.yaml").toString());
      browser.driver.findElement(By.id("add")).click();
      browser.until(d -> d.findElements(By.cssSelector("#downloads a[data-download='tracker.xlsx']")).size() == 1);
    }
    try (RedlineServer server = RedlineServer.builder(workspace).start(); Browser browser = new Browser()) {
      browser.driver.get(server.url().toString());
      WebElement project = browser.until(d -> d.findElements(By.cssSelector("#projects button.project")).stream().findFirst().orElse(null));
      assertEquals("Cybercrime convention (3 drafts)", project.getText());
      project.click();
      browser.until(d -> d.findElement(By.id("report")).isDisplayed());
      List<String> drafts = browser.driver.findElements(By.cssSelector("#project-drafts li")).stream().map(WebElement::getText).toList();
      assertEquals(List.of("Rev.1 (rev1.txt)", "Rev.2 (rev2.txt)", "Rev.3 (rev3.txt)"), drafts);
      assertEquals("Demands: cybercrime-letters.yaml", browser.driver.findElement(By.id("project-demands")).getText());
      browser.driver.findElement(By.cssSelector("#downloads a[data-download='tracker.xlsx']")).click();
      Path xlsx = browser.until(d -> downloaded(browser.downloads, ".xlsx"));
      assertEquals("PK", new String(Files.readAllBytes(xlsx), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1));
      browser.driver.switchTo().frame(browser.driver.findElement(By.id("report")));
      String report = browser.until(d -> {
        String text = d.findElement(By.tagName("body")).getText();
        return text.contains("D2") ? text : null;
      });
      assertTrue(report.contains("Rev.1") && report.contains("Rev.3"), "the history of the three drafts, with the demands");
    }
  }

  /** The file downloaded with this extension, once complete. */
  private static Path downloaded(Path folder, String extension) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.toList();
      if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
        return null;
      }
      return all.stream().filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static List<String> withoutNotes(Draft draft) {
    Set<String> notes = new HashSet<>(draft.articles().stream().flatMap(a -> a.footnotes().stream()).map(DraftText::footnoteLine).toList());
    return DraftText.lines(draft).stream().filter(line -> !notes.contains(line)).toList();
  }
}

package dev.redline.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.demands.DemandsFile;
import dev.redline.model.Comparison;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import dev.redline.report.ReportSettings;
import dev.redline.report.html.HtmlReportWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/**
 * A draft that prints article 2 twice (ids {@code art2} and {@code art2~2}): a demand whose evidence
 * lies in the second article 2 is shown beside that article only, in Word and in HTML, not beside
 * the first one that shares its number.
 */
class RepeatedNumberEvidenceTest {
  private static final ReportSettings SETTINGS = ReportSettings.DEFAULTS.withDate(ZonedDateTime.parse("2024-06-14T09:30:00Z"));
  private static final String RULES = """
      Draft rules on shared wells

      Article 1. Scope

      1. These rules cover shared wells.

      Article 2. Keepers

      1. Each village names a keeper for its well.

      Article 2. Records

      1. The keeper writes down every repair %s in a ledger.
      """;

  private static Comparison comparison;
  private static Tracker tracker;

  @BeforeAll
  static void check(@TempDir Path dir) throws Exception {
    Path old = dir.resolve("rev1.txt");
    Path now = dir.resolve("rev2.txt");
    Path demands = dir.resolve("demands.yaml");
    Files.writeString(old, RULES.formatted(""), StandardCharsets.UTF_8);
    Files.writeString(now, RULES.formatted("and every test of the water"), StandardCharsets.UTF_8);
    Files.writeString(demands, """
        redline-demands: 1
        demands:
          - id: W1
            title: Keepers record the tests of the water
            topic: ["ledger"]
            check:
              contains-any: ["test of the water"]
        """, StandardCharsets.UTF_8);
    History history = Redline.history(List.of(DraftReaders.read(old), DraftReaders.read(now)));
    comparison = Redline.steps(history).get(0);
    tracker = Redline.check(history, DemandsFile.read(demands));
  }

  @Test
  void theDraftRepeatsTheNumberAndTheEvidenceLiesInTheSecondArticle() {
    assertEquals(List.of("art1", "art2", "art2~2"), comparison.newDraft().articles().stream().map(a -> a.id()).toList());
    assertEquals(List.of("art2~2"), tracker.finding(0, 1).evidence().stream().map(e -> e.articleId()).toList());
  }

  @Test
  void wordCommentsOnTheClauseOfTheSecondArticleOnly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRedlineWriter(SETTINGS).write(comparison, Optional.of(tracker), out);
    WordParts comments = WordParts.read(out.toByteArray(), "word/comments.xml");
    List<String> demandComments = new ArrayList<>();
    for (Node c : comments.nodes("//w:comment")) {
      if (c.getTextContent().contains("W1")) {
        demandComments.add(WordParts.attribute(c, "id"));
      }
    }
    WordParts document = WordParts.read(out.toByteArray(), "word/document.xml");
    List<String> commented = new ArrayList<>();
    for (Node p : document.nodes("//w:body/w:p")) {
      boolean carries = document.nodes(p, ".//w:commentReference").stream().anyMatch(r -> demandComments.contains(WordParts.attribute(r, "id")));
      if (carries) {
        commented.add(String.join("", document.texts(p, ".//w:t")));
      }
    }
    assertEquals(List.of("1. The keeper writes down every repair and every test of the water in a ledger."), commented,
        "the demand's comment sits on the clause it quotes, in the second article 2");
  }

  @Test
  void webPageShowsTheDemandBesideTheSecondArticleOnly() {
    String html = new HtmlReportWriter(SETTINGS).write(comparison, Optional.of(tracker));
    List<String> headings = new ArrayList<>();
    Matcher article = Pattern.compile("<h3 class=\"heading\">(.*?)</h3>(.*?)</article>", Pattern.DOTALL).matcher(html);
    while (article.find()) {
      if (article.group(2).contains("<div class=\"demand\"")) {
        headings.add(article.group(1).replaceAll("<span class=\"badge.*", "").replaceAll("<[^>]*>", "").strip());
      }
    }
    assertEquals(List.of("Article 2. Records"), headings, "the demand beside the article its evidence lies in");
  }

  @Test
  void webPageGivesEachArticleAnAnchorOfItsOwn() {
    String html = new HtmlReportWriter(SETTINGS).write(comparison, Optional.of(tracker));
    List<String> ids = new ArrayList<>();
    Matcher id = Pattern.compile("<article[^>]* id=\"([^\"]*)\"").matcher(html);
    while (id.find()) {
      ids.add(id.group(1));
    }
    assertEquals(ids.size(), ids.stream().distinct().count(), "no two articles share an anchor: " + ids);
    assertTrue(ids.contains("a-2") && ids.contains("a-2~2"), "the first article 2 keeps its plain anchor, the second says it is the second: " + ids);
    assertTrue(html.contains("href=\"#a-2~2\""), "the navigation links to the second article 2");
  }
}

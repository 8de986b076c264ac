package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.fixtures.Fixtures;
import dev.redline.fixtures.SpecExample;
import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.Clause;
import dev.redline.model.ClauseChange;
import dev.redline.model.Draft;
import dev.redline.model.Edit;
import dev.redline.model.LinkKind;
import dev.redline.model.Segment;
import dev.redline.model.TextChange;
import dev.redline.read.DraftReaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code fixtures/specs/clause-diff.spec}: an article in two drafts, and the
 * changes a reader must be shown, written by hand.
 */
class ClauseDiffSpecTest {
  private static final Pattern ARTICLE_PAIR = Pattern.compile("^(\\S+?)\\s*→\\s*(\\S+)$");
  private static final Pattern PARAGRAPH = Pattern.compile("^(\\w+)\\((\\w+)\\)$");
  private static final Pattern MARKER = Pattern.compile("^\\[\\^(\\w+)\\]$");

  @TempDir Path dir;

  static Stream<SpecExample> examples() {
    return Fixtures.specExamples("clause-diff").stream();
  }

  @Test
  void theSpecHoldsAtLeastFortyExamples() {
    assertTrue(examples().count() >= 40, "examples: " + examples().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reportsExactlyTheChangesWrittenByHand(SpecExample example) throws Exception {
    List<String> parts = example.parts();
    Article oldArticle = article(parts.get(0), "old");
    Article newArticle = article(parts.get(1), "new");
    Renumbering renumbering = parts.size() == 4 ? renumbering(parts.get(2)) : Renumbering.none();
    List<String> expected =
        parts.get(parts.size() - 1).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("(no change)")).toList();

    ArticleChange change = new ClauseDiffer().compare(link(oldArticle, newArticle), renumbering);

    assertEquals(
        String.join("\n", expected),
        String.join("\n", rendered(change)),
        example + " at " + example.file() + ":" + example.line());
    assertEquals(lines(newArticle), side(change, true), example + ": the new side rebuilds the new article");
    assertEquals(lines(oldArticle), side(change, false), example + ": the old side rebuilds the old article");
  }

  private Article article(String text, String name) throws Exception {
    Path file = Files.createTempFile(dir, name, ".txt");
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    Draft draft = DraftReaders.read(file);
    assertEquals(1, draft.articles().size(), "one article in the " + name + " text");
    return draft.articles().get(0);
  }

  private static ArticleLink link(Article oldArticle, Article newArticle) {
    return new ArticleLink(List.of(oldArticle), List.of(newArticle), Set.of(LinkKind.MODIFIED), 1, "spec example");
  }

  /** {@code renumber: 17 → 18, 40(22) → 41(21), [^3] → [^2]}. */
  private static Renumbering renumbering(String part) {
    String line = part.strip();
    assertTrue(line.startsWith("renumber:"), "a renumbering part starts with 'renumber:': " + line);
    Renumbering r = Renumbering.none();
    for (String entry : line.substring("renumber:".length()).split(",")) {
      Matcher pair = ARTICLE_PAIR.matcher(entry.strip());
      assertTrue(pair.matches(), "OLD → NEW: " + entry);
      String from = pair.group(1);
      String to = pair.group(2);
      Matcher p = PARAGRAPH.matcher(from);
      Matcher q = PARAGRAPH.matcher(to);
      Matcher m = MARKER.matcher(from);
      Matcher n = MARKER.matcher(to);
      if (p.matches() && q.matches()) {
        r = r.withParagraph(p.group(1), p.group(2), q.group(1), q.group(2));
      } else if (m.matches() && n.matches()) {
        r = r.withFootnote(m.group(1), n.group(1));
      } else {
        r = r.withArticle(from, to);
      }
    }
    return r;
  }

  /** The changes in the spec's form, in reading order. */
  static List<String> rendered(ArticleChange change) {
    List<String> lines = new ArrayList<>();
    change.heading().edits().forEach(e -> lines.add("heading " + e));
    for (ClauseChange c : change.clauses()) {
      if (c.isMoveTarget()) {
        lines.add("moved: " + c.move().orElseThrow().oldClause().path() + " → " + c.clause().path());
      }
      c.edits().forEach(e -> lines.add(c.clause().path() + " " + e));
    }
    for (TextChange footnote : change.footnotes()) {
      String line = footnote.newText().isEmpty() ? footnote.oldText() : footnote.newText();
      String marker = "[^" + line.split(" ", 2)[0] + "]";
      footnote.edits().forEach(e -> lines.add(marker + " " + e));
    }
    return lines;
  }

  private static List<String> lines(Article article) {
    List<String> lines = new ArrayList<>();
    lines.add(article.heading());
    article.allClauses().map(Clause::line).forEach(lines::add);
    article.footnotes().forEach(f -> lines.add(DraftText.footnoteLine(f)));
    return lines;
  }

  private static List<String> side(ArticleChange change, boolean newSide) {
    List<String> lines = new ArrayList<>();
    lines.add(join(change.heading(), newSide));
    change.clauses().forEach(c -> lines.add(join(c.text(), newSide)));
    change.footnotes().forEach(f -> lines.add(join(f, newSide)));
    lines.removeIf(String::isEmpty);
    return lines;
  }

  /** One side of a line, rebuilt from its segments alone. */
  private static String join(TextChange t, boolean newSide) {
    return t.segments().stream()
        .map(s -> newSide ? (s.op() == Segment.Op.DELETE ? "" : s.text()) : s.oldText())
        .collect(Collectors.joining());
  }

  @Test
  void editsStandInTheirLinesAtTheirOffsets() throws Exception {
    Article oldArticle = article("Article 5. Title\n\n1. States may act [quickly].\n", "old");
    Article newArticle = article("Article 6. Title\n\n1. Each State shall act quickly.\n", "new");
    ArticleChange change = new ClauseDiffer().compare(link(oldArticle, newArticle), Renumbering.none());
    TextChange t = change.clauses().get(0).text();
    TextChange heading = change.heading();
    for (Edit e : heading.edits()) { // the numbering edit stands where the number is: "17", not "Article 17"
      assertEquals(e.oldText(), heading.oldText().substring(e.oldOffset(), e.oldOffset() + e.oldText().length()));
      assertEquals(e.newText(), heading.newText().substring(e.newOffset(), e.newOffset() + e.newText().length()));
    }
    for (Edit e : t.edits()) {
      assertEquals(e.oldText(), t.oldText().substring(e.oldOffset(), e.oldOffset() + e.oldText().length()));
      assertEquals(e.newText(), t.newText().substring(e.newOffset(), e.newOffset() + e.newText().length()));
    }
    assertEquals(
        List.of("heading numbering: 5 → 6", "6.1 substantive: States may → Each State shall", "6.1 brackets: [quickly] → quickly"),
        rendered(change));
  }
}

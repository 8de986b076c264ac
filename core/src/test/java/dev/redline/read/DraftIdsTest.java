package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every article, clause and footnote of a draft has an id of its own, and reading the file again gives the same ids. */
class DraftIdsTest {
  @TempDir Path dir;

  @Test
  void idsFollowNumbersAndLabels() throws Exception {
    Path file = dir.resolve("ids.txt");
    Files.writeString(file, """
        Draft rules on shared wells

        Recognising that water is scarce,

        Article 1. Scope

        1. These rules cover shared wells.[^1]

        2. They apply:

        (a) to wells dug after adoption;

        (b) to wells deepened since.

        Article 5 bis. Records

        Each well keeper keeps a log.

        [^1]: A well is shared where two villages draw from it.
        """, StandardCharsets.UTF_8);
    Draft d = DraftReaders.read(file);
    assertEquals(List.of("preamble.1"), d.preamble().stream().map(Clause::id).toList());
    assertEquals(List.of("art1", "art5bis"), d.articles().stream().map(Article::id).toList());
    assertEquals(List.of("art1.1", "art1.2", "art1.2.a", "art1.2.b"), d.articles().get(0).allClauses().map(Clause::id).toList());
    assertEquals(List.of("art5bis.p1"), d.articles().get(1).allClauses().map(Clause::id).toList());
    assertEquals(List.of("fn1"), d.articles().get(0).footnotes().stream().map(Footnote::id).toList());
    assertEquals(ids(d), ids(DraftReaders.read(file)), "the same file read again gives the same ids");
  }

  @Test
  void aRepeatedNumberStillGetsIdsOfItsOwn() throws Exception {
    Path file = dir.resolve("messy.txt");
    Files.writeString(file, """
        Article 2. Duties

        1. Keepers shall report.

        1. Keepers shall report again.

        Article 2. Duties again

        1. Inspectors shall visit.
        """, StandardCharsets.UTF_8);
    Draft d = DraftReaders.read(file);
    assertEquals(List.of("art2", "art2~2"), d.articles().stream().map(Article::id).toList());
    assertEquals(List.of("art2.1", "art2.1~2"), d.articles().get(0).allClauses().map(Clause::id).toList());
    assertEquals(List.of("2.1", "2.1~2"), d.articles().get(0).allClauses().map(c -> c.path().toString()).toList());
    assertEquals(List.of("art2~2.1"), d.articles().get(1).allClauses().map(Clause::id).toList());
    assertEquals(List.of("2.1"), d.articles().get(1).allClauses().map(c -> c.path().toString()).toList(), "the path stays as printed");
  }

  @Test
  void everyFixtureDraftHasDistinctIds() throws Exception {
    int drafts = 0;
    for (String name : List.of("rev1.txt", "rev2.txt", "rev3.txt", "rev2.docx", "rev3.pdf")) {
      Draft d = DraftReaders.read(Fixtures.draft("cybercrime", name));
      List<String> all = ids(d);
      assertEquals(all.size(), new HashSet<>(all).size(), name + ": " + all);
      drafts++;
    }
    assertEquals(5, drafts);
  }

  @Test
  void twoDifferentFootnotesCannotShareAnId() {
    var here = new dev.redline.model.Provenance("x.txt", 1, 0);
    Footnote one = new Footnote("1", "One.", here);
    Footnote other = new Footnote("1", "Another.", here);
    var a = new Clause(dev.redline.model.ClauseKind.PARAGRAPH, "1", dev.redline.model.ClausePath.of("1", "1"), "A[^1]", List.of(), List.of(one), here);
    var b = new Clause(dev.redline.model.ClauseKind.PARAGRAPH, "2", dev.redline.model.ClausePath.of("1", "2"), "B[^1]", List.of(), List.of(other), here);
    Article article = new Article("Article 1", "1", "", List.of(), List.of(a, b), here);
    assertThrows(IllegalArgumentException.class,
        () -> new Draft("x.txt", "", "x", "", "", List.of(), List.of(), List.of(article), List.of()));
  }

  private static List<String> ids(Draft d) {
    List<String> ids = new ArrayList<>();
    d.preamble().forEach(c -> ids.add(c.id()));
    for (Article a : d.articles()) {
      ids.add(a.id());
      a.allClauses().forEach(c -> ids.add(c.id()));
    }
    d.articles().stream().flatMap(a -> a.footnotes().stream()).map(Footnote::id).distinct().forEach(ids::add);
    return ids;
  }
}

package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.ChangeStatus;
import dev.redline.model.ClauseChange;
import dev.redline.model.ClauseKind;
import dev.redline.model.ClauseMove;
import dev.redline.model.Comparison;
import dev.redline.model.DivisionChange;
import dev.redline.model.Edit;
import dev.redline.model.LinkKind;
import dev.redline.model.Part;
import dev.redline.model.Statistics;
import dev.redline.model.TextChange;
import dev.redline.read.DraftReaders;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each total of a comparison's {@link Statistics} is the sum of its parts, and the parts are what
 * the comparison holds: every classified edit of every line (title, recitals, division and article
 * headings, the heading of a moved article where it went, clauses, footnotes) counted once by kind,
 * every changed clause counted once under what happened to it, every moved clause once among the
 * moves, and the articles only renumbered are the renumbered articles with nothing but numbering
 * and consequential edits. Run on pairs with renumbering, a split, a merge, an article moved to
 * another chapter, paragraphs moved between articles, a French navette with stand-in articles, and
 * Word pairs with formatting changes (one article reformatted) and tables (rows and tables counted
 * through their cells).
 */
class StatisticsSumsTest {

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
    "cybercrime, rev1.txt, rev2.txt",
    "cybercrime, rev2.txt, rev3.txt",
    "cybercrime, rev1.txt, rev3.txt",
    "cybercrime, rev3.txt, rev1.txt",
    "navette, commission.txt, seance.txt",
    "other, river-commission-rules.txt, river-commission-rules.txt",
    "languages, fr.txt, es.txt",
    "formatted, rev1.docx, rev2.docx",
    "tables, rev1.docx, rev2.docx"
  })
  void eachTotalIsTheSumOfItsParts(String folder, String oldFile, String newFile) throws Exception {
    Comparison c =
        Redline.compare(DraftReaders.read(Fixtures.draft(folder, oldFile)), DraftReaders.read(Fixtures.draft(folder, newFile)));
    Statistics s = c.statistics();

    List<Edit> edits = new ArrayList<>(c.title().edits());
    List<ClauseChange> clauses = new ArrayList<>(c.preamble());
    for (Part part : c.parts()) {
      if (part instanceof DivisionChange d) {
        edits.addAll(d.heading().edits());
      } else if (part instanceof ArticleChange a) {
        edits.addAll(a.heading().edits());
        a.headingMove().ifPresent(h -> edits.addAll(h.edits()));
        clauses.addAll(a.clauses());
        a.footnotes().forEach(f -> edits.addAll(f.edits()));
      }
    }
    Map<ClauseMove, Boolean> moves = new IdentityHashMap<>();
    int modified = 0;
    int inserted = 0;
    int deleted = 0;
    for (ClauseChange clause : clauses) {
      if (clause.move().isPresent()) {
        ClauseMove move = clause.move().get();
        if (moves.put(move, true) == null) {
          edits.addAll(move.text().edits());
        }
        continue;
      }
      edits.addAll(clause.text().edits());
      if (clause.clause().kind() == ClauseKind.TABLE || clause.clause().kind() == ClauseKind.ROW) {
        continue; // no text of its own: counted through its cells
      }
      switch (clause.text().status()) {
        case MODIFIED -> modified++;
        case INSERTED -> inserted++;
        case DELETED -> deleted++;
        case UNCHANGED -> { }
      }
    }

    ChangeCount all = ChangeCount.NONE;
    for (ChangeKind kind : ChangeKind.values()) {
      all = all.plus(s.changes(kind));
    }
    assertEquals(all, s.total(), "the total of edits is the sum of the kinds");
    assertEquals(s.wordsDeleted(), all.wordsDeleted(), "words deleted: the sum of the kinds");
    assertEquals(s.wordsInserted(), all.wordsInserted(), "words inserted: the sum of the kinds");
    assertEquals(ChangeCount.byKind(edits), s.changes(), "each kind counts the edits of that kind in the comparison, each once");
    assertEquals(edits.stream().mapToInt(Edit::wordsDeleted).sum(), s.wordsDeleted());
    assertEquals(edits.stream().mapToInt(Edit::wordsInserted).sum(), s.wordsInserted());

    assertEquals(s.clausesModified() + s.clausesInserted() + s.clausesDeleted() + s.clausesMoved(), s.clausesChanged());
    assertEquals(modified, s.clausesModified());
    assertEquals(inserted, s.clausesInserted());
    assertEquals(deleted, s.clausesDeleted());
    assertEquals(moves.size(), s.clausesMoved(), "a moved clause counts once, though it stands at two places");
    assertEquals(moves.keySet().stream().mapToInt(ClauseMove::words).sum(), s.wordsMoved());

    assertEquals(s.oldArticles(), c.alignment().links().stream().mapToInt(l -> l.oldArticles().size()).sum(), "every old article is in one link");
    assertEquals(s.newArticles(), c.alignment().links().stream().mapToInt(l -> l.newArticles().size()).sum(), "every new article is in one link");
    for (LinkKind kind : LinkKind.values()) {
      assertEquals(c.alignment().links().stream().filter(l -> l.is(kind)).count(), s.count(kind), kind.word());
    }
    int onlyRenumbered = 0;
    for (ArticleChange a : c.articles()) {
      boolean onlyNumbers = a.link().is(LinkKind.RENUMBERED) && a.oldArticle().isPresent() && a.newArticle().isPresent()
          && a.link().kinds().stream().allMatch(k -> k == LinkKind.RENUMBERED || k == LinkKind.MODIFIED || k == LinkKind.REFERENCES_UPDATED)
          && a.edits().stream().allMatch(e -> e.kind() == ChangeKind.NUMBERING || e.kind() == ChangeKind.CONSEQUENTIAL);
      if (onlyNumbers) {
        onlyRenumbered++;
      }
    }
    assertEquals(onlyRenumbered, s.articlesOnlyRenumbered(), "the renumbered articles with nothing but numbers and references changed");
    assertTrue(s.articlesOnlyRenumbered() <= s.count(LinkKind.RENUMBERED), "a part of the renumbered articles");
    for (ArticleLink link : c.alignment().links()) {
      assertTrue(!(link.is(LinkKind.MODIFIED) && link.is(LinkKind.REFERENCES_UPDATED)), "modified or references updated, never both: " + link);
      assertTrue(!(link.is(LinkKind.MODIFIED) && link.is(LinkKind.REFORMATTED)), "modified or reformatted, never both: " + link);
    }
    for (ArticleChange a : c.articles()) {
      if (a.link().is(LinkKind.REFERENCES_UPDATED)) {
        assertTrue(
            a.edits().stream().allMatch(e -> e.kind() == ChangeKind.CONSEQUENTIAL || e.kind() == ChangeKind.NUMBERING),
            "an article whose references were updated has no other edit: " + a.link());
        assertTrue(a.clauses().stream().map(ClauseChange::text).map(TextChange::status).noneMatch(st -> st == ChangeStatus.INSERTED || st == ChangeStatus.DELETED));
      }
      if (a.link().is(LinkKind.REFORMATTED)) {
        assertTrue(a.edits().stream().anyMatch(e -> e.kind() == ChangeKind.FORMATTING), "a reformatted article has a formatting edit: " + a.link());
        assertTrue(a.edits().stream().allMatch(e -> e.kind() == ChangeKind.FORMATTING || e.kind() == ChangeKind.CONSEQUENTIAL
            || e.kind() == ChangeKind.NUMBERING), "and no change of wording: " + a.link());
      } else if (a.oldArticle().isPresent() && a.newArticle().isPresent() && !a.link().is(LinkKind.MODIFIED)) {
        assertTrue(a.edits().stream().noneMatch(e -> e.kind() == ChangeKind.FORMATTING), "formatting changed, so reformatted: " + a.link());
      }
    }
  }
}

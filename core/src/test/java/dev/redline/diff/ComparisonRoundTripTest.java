package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.align.Aligner;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.ArticleChange;
import dev.redline.model.ChangeStatus;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.DivisionChange;
import dev.redline.model.Part;
import dev.redline.model.TextChange;
import dev.redline.read.DraftReaders;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The comparison holds both drafts: keeping its new side gives the new draft's reading text and
 * keeping its old side gives the old's. Every report is built on this.
 */
class ComparisonRoundTripTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"rev1.txt, rev2.txt", "rev2.txt, rev3.txt", "rev1.txt, rev3.txt", "rev3.txt, rev1.txt", "rev3.txt, rev3.md"})
  void eachSideOfTheComparisonIsItsDraft(String oldFile, String newFile) throws Exception {
    Draft oldDraft = DraftReaders.read(Fixtures.draft("cybercrime", oldFile));
    Draft newDraft = DraftReaders.read(Fixtures.draft("cybercrime", newFile));
    Comparison c = new ClauseDiffer().compare(new Aligner().align(oldDraft, newDraft));
    assertEquals(DraftText.lines(newDraft), side(c, true));
    assertEquals(DraftText.lines(oldDraft), side(c, false));
    for (ArticleChange a : c.articles()) {
      for (ClauseChange clause : a.clauses()) {
        TextChange t = clause.text();
        assertEquals(t.status() == ChangeStatus.UNCHANGED, t.oldText().equals(t.newText()), clause.clause().path());
      }
    }
    if (!oldFile.equals(newFile.replace(".md", ".txt"))) {
      assertTrue(c.statistics().wordsDeleted() + c.statistics().wordsInserted() > 0);
    }
  }

  private static List<String> side(Comparison c, boolean newSide) {
    List<String> lines = new ArrayList<>();
    lines.add(pick(c.title(), newSide));
    c.preamble().forEach(r -> lines.add(DraftText.shown(pick(r.text(), newSide))));
    for (Part part : c.parts()) {
      if (part instanceof DivisionChange d) {
        lines.add(pick(d.heading(), newSide));
      } else if (part instanceof ArticleChange a) {
        lines.add(pick(a.heading(), newSide));
        a.clauses().forEach(x -> lines.add(DraftText.shown(pick(x.text(), newSide))));
        a.footnotes().forEach(f -> lines.add(pick(f, newSide)));
      }
    }
    lines.removeIf(String::isBlank);
    return lines;
  }

  private static String pick(TextChange t, boolean newSide) {
    return newSide ? t.newText() : t.oldText();
  }
}

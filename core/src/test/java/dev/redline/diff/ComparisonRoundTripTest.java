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
import dev.redline.model.Segment;
import dev.redline.model.TextChange;
import dev.redline.read.DraftReaders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    Map<Integer, List<ClauseChange>> moves = new HashMap<>();
    for (ArticleChange a : c.articles()) {
      for (ClauseChange clause : a.clauses()) {
        TextChange t = clause.text();
        String path = clause.clause().path().toString();
        assertEquals(t.status() == ChangeStatus.UNCHANGED, t.edits().isEmpty() && clause.move().isEmpty(), path);
        if (t.status() == ChangeStatus.UNCHANGED) {
          assertEquals(TokenStyle.lineKey(t.oldText()), TokenStyle.lineKey(t.newText()), path + ": unchanged but for style");
        }
        clause.move().ifPresent(m -> moves.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(clause));
      }
    }
    for (Map.Entry<Integer, List<ClauseChange>> move : moves.entrySet()) {
      List<ClauseChange> ends = move.getValue();
      assertEquals(2, ends.size(), "move " + move.getKey() + " has a source and a target");
      assertTrue(ends.stream().anyMatch(ClauseChange::isMoveSource) && ends.stream().anyMatch(ClauseChange::isMoveTarget));
    }
    assertEquals(moves.size(), moves.keySet().stream().mapToInt(Integer::intValue).max().orElse(0), "move ids run from 1");
    if (!oldFile.equals(newFile.replace(".md", ".txt"))) {
      assertTrue(c.statistics().wordsDeleted() + c.statistics().wordsInserted() > 0);
    }
  }

  private static List<String> side(Comparison c, boolean newSide) {
    List<String> lines = new ArrayList<>();
    lines.add(pick(c.title(), newSide));
    c.preamble().forEach(r -> lines.add(shown(r.text(), newSide)));
    for (Part part : c.parts()) {
      if (part instanceof DivisionChange d) {
        lines.add(pick(d.heading(), newSide));
      } else if (part instanceof ArticleChange a) {
        lines.add(pick(a.heading(), newSide));
        a.clauses().forEach(x -> lines.add(shown(x.text(), newSide)));
        a.footnotes().forEach(f -> lines.add(pick(f, newSide)));
      }
    }
    lines.removeIf(String::isBlank);
    return lines;
  }

  /** One side of a clause's line as a reader sees it, rebuilt from its segments' structure: footnote references as their markers. */
  private static String shown(TextChange t, boolean newSide) {
    StringBuilder b = new StringBuilder();
    for (Segment s : t.segments()) {
      if (s.op() != (newSide ? Segment.Op.DELETE : Segment.Op.INSERT)) {
        b.append(!newSide && s.isRestyled() ? s.oldText() : DraftText.shown(s.content()));
      }
    }
    return b.toString();
  }

  /** One side of a line, rebuilt from its segments alone: what a redline shows accepted or rejected. */
  private static String pick(TextChange t, boolean newSide) {
    StringBuilder b = new StringBuilder();
    for (Segment s : t.segments()) {
      b.append(newSide ? (s.op() == Segment.Op.DELETE ? "" : s.text()) : s.oldText());
    }
    return b.toString();
  }
}

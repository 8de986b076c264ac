package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.align.Aligner;
import dev.redline.model.Clause;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.Inline;
import dev.redline.model.Segment;
import dev.redline.read.DraftReaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader makes footnote references structure, and the differ keeps each one whole in the segments it gives. */
class NoteReferencesDiffTest {
  @TempDir Path dir;

  private Draft read(String name, String text) throws Exception {
    return DraftReaders.read(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
  }

  @Test
  void theReaderMakesACitedMarkerAReferenceAndLeavesAnUndefinedOneAsText() throws Exception {
    Draft d = read("one.txt", """
        Article 1. Wells

        1. Keepers report twice a year[^1] and mark [^7] on the log.

        [^1]: Twice means in spring and in autumn.
        """);
    Clause c = d.articles().get(0).clauses().get(0);
    assertEquals(
        List.of(new Inline.Run("Keepers report twice a year"), new Inline.NoteRef("fn1", "1"), new Inline.Run(" and mark [^7] on the log.")),
        c.content().parts());
    assertEquals("Keepers report twice a year[^1] and mark [^7] on the log.", c.text(), "the plain view");
    assertEquals("fn1", c.footnotes().get(0).id());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("[^7] is cited but never defined")), d.warnings().toString());
  }

  @Test
  void aRenumberedReferenceIsOneDeletedAndOneInsertedReference() throws Exception {
    Draft older = read("old.txt", """
        Article 1. Wells

        1. Keepers report.[^1]

        2. Inspectors visit each well in turn.[^2]

        [^1]: Reports go to the council.

        [^2]: In turn means by the order of the register.
        """);
    Draft newer = read("new.txt", """
        Article 1. Wells

        1. Inspectors visit each well in turn.[^1]

        [^1]: In turn means by the order of the register.
        """);
    Comparison c = new ClauseDiffer().compare(new Aligner().align(older, newer));
    List<String> refs = new ArrayList<>();
    for (ClauseChange clause : c.articles().get(0).clauses()) {
      for (Segment s : clause.text().segments()) {
        for (Inline part : s.content()) {
          if (part instanceof Inline.NoteRef r) {
            refs.add(s.op() + " " + r.footnote());
          }
        }
      }
    }
    assertEquals(List.of("DELETE fn1", "DELETE fn2", "INSERT fn1"), refs);
    Segment inserted = c.articles().get(0).clauses().stream()
        .flatMap(x -> x.text().segments().stream()).filter(s -> s.op() == Segment.Op.INSERT && s.text().equals("[^1]")).findFirst().orElseThrow();
    assertEquals(List.of(new Inline.NoteRef("fn1", "1")), inserted.content(), "the reference is a segment of its own, whole");
  }
}

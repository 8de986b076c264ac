package dev.redline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.redline.demands.DemandsFile;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Comparison;
import dev.redline.model.DemandStatus;
import dev.redline.model.History;
import dev.redline.model.LinkKind;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade wires the whole pipeline: what the command line and the web app show comes from these calls. */
class RedlineTest {
  @Test
  void aChainIsComparedStepByStepWithProgressAndItsDemandsChecked() throws Exception {
    List<String> told = new ArrayList<>();
    History history = Redline.history(List.of(
        DraftReaders.read(Fixtures.draft("cybercrime", "rev1.txt")),
        DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")),
        DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))), told::add);
    List<Comparison> steps = Redline.steps(history);

    assertEquals(List.of("Aligning Rev.1 with Rev.2", "Comparing Rev.1 with Rev.2", "Aligning Rev.2 with Rev.3", "Comparing Rev.2 with Rev.3"), told);
    assertSame(history.drafts().get(1), steps.get(0).newDraft());
    assertEquals(1, steps.get(1).statistics().count(LinkKind.INSERTED), "Rev.3 inserts Article 4");

    Tracker tracker = Redline.check(history, DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml")));
    assertEquals("D2", tracker.demands().get(2).id());
    assertEquals(List.of(DemandStatus.NOT_ADOPTED, DemandStatus.ADOPTED, DemandStatus.REVERSED),
        tracker.findings().get(2).stream().map(f -> f.status()).toList(), "as the README shows for D2");
  }
}

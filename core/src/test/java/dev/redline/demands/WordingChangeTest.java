package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.Redline;
import dev.redline.model.DemandStatus;
import dev.redline.model.Draft;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a target's wording changed is what the differ found, not a comparison of texts: over
 * three small drafts of a made-up lake agreement, Rev.2 inserts an article (so the inspections
 * clause's reference to the procedure article follows the renumbering), takes the brackets off
 * words it keeps and spells "authorised" with a z, which changes no wording; Rev.3 rewords the clause. Worked out by hand: a phrase
 * check that finds nothing is not adopted in Rev.2 and needs review in Rev.3; a {@code changed}
 * check is met in Rev.3 only. The same holds for a topic target and for the clause named by number.
 */
class WordingChangeTest {
  @TempDir static Path dir;
  private static Tracker tracker;

  private static final String HEAD = "LAKE/AGR/%s\n%s\n\nDraft agreement on the shared lake\n\n"
      + "Article 1. Scope\n\n1. This agreement applies to fishing in the shared lake.\n\n";

  @BeforeAll
  static void check() throws Exception {
    String rev1 = String.format(HEAD, "Rev.1", "3 March 2025")
        + "Article 2. Inspections\n\n1. Each Party shall allow inspections of fishing vessels by authorised officers [at any time], as set out in article 3.\n\n"
        + "Article 3. Procedure\n\n1. Inspectors shall carry identity cards issued by their Party.\n";
    String rev2 = String.format(HEAD, "Rev.2", "7 April 2025")
        + "Article 2. Definitions\n\n1. A fishing vessel is any boat used for catching fish for sale.\n\n"
        + "Article 3. Inspections\n\n1. Each Party shall allow inspections of fishing vessels by authorized officers at any time, as set out in article 4.\n\n"
        + "Article 4. Procedure\n\n1. Inspectors shall carry identity cards issued by their Party.\n";
    String rev3 = String.format(HEAD, "Rev.3", "5 May 2025")
        + "Article 2. Definitions\n\n1. A fishing vessel is any boat used for catching fish for sale.\n\n"
        + "Article 3. Inspections\n\n1. Each Party shall allow inspections of fishing vessels by authorized officers during daylight hours, as set out in article 4.\n\n"
        + "Article 4. Procedure\n\n1. Inspectors shall carry identity cards issued by their Party.\n";
    List<Draft> drafts = new ArrayList<>();
    int k = 1;
    for (String text : List.of(rev1, rev2, rev3)) {
      drafts.add(DraftReaders.read(Files.writeString(dir.resolve("lake-rev" + k++ + ".txt"), text)));
    }
    Path demands = Files.writeString(dir.resolve("lake-demands.yaml"), "redline-demands: 1\ndemands:\n"
        + "  - id: T1\n    title: Inspections only after prior notice\n    topic: [\"inspections of fishing vessels\"]\n"
        + "    check: {contains-any: [\"prior notice\"]}\n"
        + "  - id: T2\n    title: The inspection rule reconsidered\n    topic: [\"inspections of fishing vessels\"]\n"
        + "    check: {changed: true}\n"
        + "  - id: P1\n    title: Inspections only after prior notice\n    numbering: Rev.1\n    target: \"2(1)\"\n"
        + "    check: {contains-any: [\"prior notice\"]}\n"
        + "  - id: P2\n    title: The inspection rule reconsidered\n    numbering: Rev.1\n    target: \"2(1)\"\n"
        + "    check: {changed: true}\n");
    tracker = new DemandChecker().check(Redline.history(drafts), DemandsFile.read(demands));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "T1, NOT_ADOPTED, NOT_ADOPTED, NEEDS_REVIEW",
    "T2, NOT_ADOPTED, NOT_ADOPTED, ADOPTED",
    "P1, NOT_ADOPTED, NOT_ADOPTED, NEEDS_REVIEW",
    "P2, NOT_ADOPTED, NOT_ADOPTED, ADOPTED"
  })
  void renumberedReferencesDroppedBracketsAndSpellingAreNoChangeOfWordingARewordingIs(String id, String rev1, String rev2, String rev3) {
    int d = 0;
    while (!tracker.demands().get(d).id().equals(id)) {
      d++;
    }
    List<String> expected = List.of(rev1, rev2, rev3);
    for (int r = 0; r < 3; r++) {
      assertEquals(DemandStatus.valueOf(expected.get(r)), tracker.finding(d, r).status(),
          id + " in Rev." + (r + 1) + ": " + tracker.finding(d, r).explanation());
    }
  }
}

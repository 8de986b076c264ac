package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.redline.align.Aligner;
import dev.redline.align.Histories;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.DemandCheck;
import dev.redline.model.DemandTarget;
import dev.redline.read.DraftReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading demands files, and the errors a user gets for a bad one: line, column, field, expectation. */
class DemandsFileTest {
  @TempDir Path dir;

  private DemandsFileException bad(String yaml) throws Exception {
    Path file = Files.writeString(dir.resolve("demands.yaml"), yaml);
    return assertThrows(DemandsFileException.class, () -> DemandsFile.read(file));
  }

  @Test
  void readsTheFixtureFile() throws Exception {
    DemandsFile file = DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml"));
    assertEquals(18, file.demands().size());
    var d6 = file.demands().stream().filter(d -> d.id().equals("D6")).findFirst().orElseThrow();
    assertEquals(9, ((DemandCheck.AllOf) d6.check()).parts().size());
    var d1b = file.demands().stream().filter(d -> d.id().equals("D1b")).findFirst().orElseThrow();
    assertEquals(List.of("3", "c"), ((DemandTarget.Provision) d1b.targets().get(0)).labels());
    var d10 = file.demands().stream().filter(d -> d.id().equals("D10")).findFirst().orElseThrow();
    assertInstanceOf(DemandTarget.Topic.class, d10.targets().get(0));
  }

  @Test
  void articleNumbersOfAThousandPageBillAreTargets() throws Exception {
    Path file = Files.writeString(dir.resolve("bill.yaml"),
        "redline-demands: 1\ndemands:\n  - id: B1\n    title: t\n    numbering: Rev.2\n    target: \"12045(3)(b)\"\n    check: {deleted: true}\n");
    DemandTarget.Provision target = (DemandTarget.Provision) DemandsFile.read(file).demands().get(0).targets().get(0);
    assertEquals("12045", target.article());
    assertEquals(List.of("3", "b"), target.labels());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "11 ter A        | 11 ter A     | ''",
        "Article 5-bis(2) | 5 bis       | 2",
        "11 Novies (1)(a) | 11 nonies   | 1 a",
        "art. premier bis | 1er bis     | ''",
        "24 AB           | 24 AB        | ''",
        "5a(3)           | 5a           | 3",
      })
  void nationalNumberingIsATargetNormalisedAsTheReadersDo(String target, String article, String labels) throws Exception {
    Path file = Files.writeString(dir.resolve("bill.yaml"),
        "redline-demands: 1\ndemands:\n  - id: B1\n    title: t\n    numbering: Rev.2\n    target: \"" + target + "\"\n    check: {deleted: true}\n");
    DemandTarget.Provision provision = (DemandTarget.Provision) DemandsFile.read(file).demands().get(0).targets().get(0);
    assertEquals(article, provision.article());
    assertEquals(labels.isEmpty() ? List.of() : List.of(labels.split(" ")), provision.labels());
  }

  @Test
  void invalidYamlGivesLineAndColumn() throws Exception {
    DemandsFileException e = bad("redline-demands: 1\ndemands:\n  - id: D1\n    title: [unclosed\n");
    assertEquals(5, e.position().line());
    assertEquals(true, e.getMessage().startsWith(dir.resolve("demands.yaml") + ":5:"), e.getMessage());
    assertEquals(true, e.getMessage().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void unknownCheckNamesFieldAndExpectation() throws Exception {
    DemandsFileException e =
        bad("redline-demands: 1\ndemands:\n  - id: D1\n    title: t\n    numbering: Rev.3\n    target: \"18\"\n    check: {mentions: [x]}\n");
    assertEquals("7:13", e.position().toString());
    assertEquals("check", e.field());
    assertEquals(
        dir.resolve("demands.yaml") + ":7:13: check: expected one of all, any, changed, contains, contains-any, deleted, excludes, review, found 'mentions'",
        e.getMessage());
  }

  @Test
  void badTargetAndMissingFields() throws Exception {
    DemandsFileException target =
        bad("redline-demands: 1\ndemands:\n  - id: D1\n    title: t\n    numbering: Rev.3\n    target: \"article eighteen\"\n    check: {deleted: true}\n");
    assertEquals("6:13", target.position().toString());
    assertEquals("target", target.field());
    DemandsFileException noCheck = bad("redline-demands: 1\ndemands:\n  - id: D1\n    title: t\n    topic: [x]\n");
    assertEquals("check", noCheck.field());
    assertEquals("3:5", noCheck.position().toString());
    DemandsFileException version = bad("redline-demands: 2\ndemands: []\n");
    assertEquals("redline-demands", version.field());
    DemandsFileException weight =
        bad("redline-demands: 1\ndemands:\n  - id: D1\n    title: t\n    topic: [x]\n    check:\n      all:\n        - {deleted: true, weight: -2}\n");
    assertEquals("weight", weight.field());
    assertEquals("8:35", weight.position().toString());
  }

  @Test
  void anArticleMissingFromTheNumberingDraftIsReportedWhereItIsWritten() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("demands.yaml"),
            "redline-demands: 1\ndemands:\n  - id: D1\n    title: t\n    numbering: Rev.3\n    target: \"99\"\n    check: {deleted: true}\n"
                + "  - id: D2\n    title: t\n    numbering: Rev.3\n    target: \"28(9)\"\n    check: {deleted: true}\n");
    var history =
        Histories.of(
            List.of(
                DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")),
                DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))),
            new Aligner());
    DemandsFileException e = assertThrows(DemandsFileException.class, () -> new DemandChecker().check(history, DemandsFile.read(file)));
    assertEquals("6:13", e.position().toString());
    assertEquals("target", e.field());
    assertEquals(true, e.getMessage().contains("found 99, which Rev.3 does not have (it has 1 to 55)"), e.getMessage());
    Path wrongRevision = Files.writeString(dir.resolve("rev.yaml"), "redline-demands: 1\ndemands:\n  - id: D1\n    title: t\n    numbering: Rev.7\n    target: \"4\"\n    check: {deleted: true}\n");
    DemandsFileException r = assertThrows(DemandsFileException.class, () -> new DemandChecker().check(history, DemandsFile.read(wrongRevision)));
    assertEquals("numbering", r.field());
    assertEquals(true, r.getMessage().contains("expected one of the drafts given (Rev.2, Rev.3), found 'Rev.7'"), r.getMessage());
  }

  @Test
  void phrasesMatchAcrossCaseInflectionAndLineBreaks() {
    List<String> text = Phrases.stems("liable for Intentional\nparticipation; transferred onward");
    assertEquals(true, Phrases.contains(text, "intentionally"));
    assertEquals(true, Phrases.contains(text, "intent"));
    assertEquals(true, Phrases.contains(text, "transfer onward"));
    assertEquals(false, Phrases.contains(text, "criminal intent"));
  }
}

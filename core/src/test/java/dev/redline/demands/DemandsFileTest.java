package dev.redline.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.redline.Redline;
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
        Redline.history(List.of(DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))));
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

  @Test
  void aDuplicateKeyIsRefusedWithBothLines() throws Exception {
    DemandsFileException e = bad("redline-demands: 1\ndemands:\n  - id: D1\n    title: first\n    title: second\n    topic: [x]\n    check: {deleted: true}\n");
    assertEquals("5:5", e.position().toString());
    assertEquals(true, e.getMessage().contains("the key 'title' appears twice in the same mapping, at lines 4 and 5"), e.getMessage());
  }

  @Test
  void anAliasThatHoldsItselfIsRefused() throws Exception {
    DemandsFileException e = bad("redline-demands: 1\ndemands:\n  - id: D1\n    title: t\n    topic: [x]\n    check: &c {all: [*c]}\n");
    assertEquals(6, e.position().line());
    assertEquals(true, e.getMessage().contains("refers to the list or mapping that holds it"), e.getMessage());
  }

  @Test
  void aliasesThatMultiplyAPhraseAreLimited() throws Exception {
    StringBuilder b = new StringBuilder("redline-demands: 1\nphrase: &p \"" + "a long phrase ".repeat(1_000) + "\"\ndemands:\n  - id: D1\n    title: t\n"
        + "    topic: [x]\n    check: {contains: [");
    for (int i = 0; i < 20_000; i++) {
      b.append(i == 0 ? "" : ", ").append("*p");
    }
    DemandsFileException e = bad(b.append("]}\n").toString());
    assertEquals(true, e.getMessage().contains("expand to more than"), e.getMessage());
  }

  @Test
  void latin1AndUtf16AreToldApartFromUtf8() throws Exception {
    String text = "redline-demands: 1\ndemands:\n  - id: D1\n    title: Sécurité\n    topic: [x]\n    check: {deleted: true}\n";
    Path latin1 = Files.write(dir.resolve("demands.yaml"), text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    DemandsFileException e = org.junit.jupiter.api.Assertions.assertThrows(DemandsFileException.class, () -> DemandsFile.read(latin1));
    assertEquals("4:13", e.position().toString(), "the é: line 4, column 13");
    assertEquals(true, e.getMessage().contains("not UTF-8 (byte 0xE9 here), perhaps Latin-1"), e.getMessage());
    java.io.ByteArrayOutputStream utf16 = new java.io.ByteArrayOutputStream();
    utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    utf16.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    Path withMark = Files.write(dir.resolve("demands.yaml"), utf16.toByteArray());
    assertEquals("Sécurité", DemandsFile.read(withMark).demands().get(0).title(), "UTF-16 with a byte-order mark is read");
    Path noMark = Files.write(dir.resolve("demands.yaml"), text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    e = org.junit.jupiter.api.Assertions.assertThrows(DemandsFileException.class, () -> DemandsFile.read(noMark));
    assertEquals(true, e.getMessage().contains("1:2: the file holds NUL bytes, so it is not UTF-8 text; it looks like UTF-16 without a byte-order mark"), e.getMessage());
  }

  @Test
  void aTagSnakeYamlRefusesWithoutAPositionIsInvalidYaml() throws Exception {
    DemandsFileException e = bad("!%0");
    assertEquals(true, e.getMessage().contains("invalid YAML: Tag must not contain leading or trailing spaces"), e.getMessage());
  }
}

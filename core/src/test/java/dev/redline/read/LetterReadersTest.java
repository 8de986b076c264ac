package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.demands.DemandDrafter;
import dev.redline.model.DemandCheck;
import dev.redline.model.DraftedDemand;
import dev.redline.model.Letter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters are read from every format a draft comes in, page furniture left out, and the demands
 * drafted from them point back to the page and line of their sentence.
 */
class LetterReadersTest {
  private static final float LEFT = 72;
  private static final float RIGHT = 523;
  private static final float SIZE = 11;
  private static final float PITCH = 13;

  @TempDir Path dir;

  private static String all(Letter letter) {
    return String.join(" ", letter.lines().stream().map(Letter.Line::text).filter(t -> !t.isBlank()).toList());
  }

  @Test
  void aPdfLetterLosesItsRunningHeaderAndPageNumbersAndKeepsItsPages() throws Exception {
    TestPdf pdf = new TestPdf();
    String[][] pages = {
      {"Our coalition has read the new draft with care and finds much to regret in it.",
          "We ask the delegations to act on three points before the session closes."},
      {"First, Article 29 should be deleted, since it gives powers without any limit.",
          "Second, Article 24 must require notification of the persons concerned."},
    };
    for (int n = 1; n <= pages.length; n++) {
      pdf.page();
      pdf.text(LEFT, 40, 8, "Joint letter on the draft convention");
      pdf.rightAligned(RIGHT, 800, 8, String.valueOf(n));
      float y = 90;
      for (int i = 0; i < 30; i++) {
        String line = i < pages[n - 1].length ? pages[n - 1][i] : "and the letter runs on with more words of concern, line after line, to";
        pdf.text(LEFT, y, SIZE, line);
        y += PITCH;
      }
      pdf.text(LEFT, y + PITCH, SIZE, "the end of the page.");
    }
    Letter letter = LetterReaders.read(pdf.write(dir.resolve("letter.pdf")));
    assertEquals("letter.pdf", letter.file());
    assertFalse(all(letter).contains("Joint letter on the draft"), all(letter));
    List<DraftedDemand> drafted = new DemandDrafter().draft(letter, Optional.empty());
    DraftedDemand deletion = drafted.stream().filter(d -> d.demand().check() instanceof DemandCheck.Deleted).findFirst().orElseThrow();
    assertEquals("29", deletion.demand().targets().get(0).toString());
    assertEquals(2, deletion.source().page());
    DraftedDemand notice = drafted.stream().filter(d -> d.demand().check() instanceof DemandCheck.Contains).findFirst().orElseThrow();
    assertEquals("24", notice.demand().targets().get(0).toString());
    assertEquals(List.of("notification"), ((DemandCheck.Contains) notice.demand().check()).phrases());
  }

  @Test
  void aWordLetterIsReadAsItsParagraphs() throws Exception {
    Path docx = TestDocx.body(
            TestDocx.para("Dear Chair,"),
            TestDocx.para("Article 12 should be deleted, and Article 30 should require prior judicial authorization."))
        .write(dir.resolve("letter.docx"));
    List<DraftedDemand> drafted = new DemandDrafter().draft(LetterReaders.read(docx), Optional.empty());
    assertEquals(2, drafted.size(), drafted.toString());
    assertEquals(2, drafted.get(0).source().line(), "the paragraph's number");
  }

  @Test
  void aTextLetterCountsPagesByFormFeedsAndDropsBarePageNumbersAndAddresses() throws Exception {
    Path txt = dir.resolve("letter.txt");
    Files.writeString(txt, "We write about the draft.\n\n1\n\f https://example.org/our-letter\n\nArticle 7 should\n\nbe deleted.\n");
    Letter letter = LetterReaders.read(txt);
    assertFalse(all(letter).contains("example.org"));
    List<DraftedDemand> drafted = new DemandDrafter().draft(letter, Optional.empty());
    assertEquals(1, drafted.size(), drafted.toString());
    assertEquals("Article 7 should be deleted.", drafted.get(0).source().sentence());
    assertEquals(2, drafted.get(0).source().page());
    assertEquals(6, drafted.get(0).source().line());
    Path md = dir.resolve("letter.md");
    Files.writeString(md, "# Our concerns\n\n**Article 7** should be deleted.\n");
    assertTrue(all(LetterReaders.read(md)).contains("Article 7 should be deleted."));
  }

  @Test
  void unreadableLettersAreRefusedNamingTheFile() throws Exception {
    DraftReadException missing = assertThrows(DraftReadException.class, () -> LetterReaders.read(dir.resolve("none.txt")));
    assertTrue(missing.getMessage().contains("none.txt"), missing.getMessage());
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    assertThrows(DraftReadException.class, () -> LetterReaders.read(empty));
    Path fake = Files.writeString(dir.resolve("fake.pdf"), "not a pdf");
    assertThrows(DraftReadException.class, () -> LetterReaders.read(fake));
  }
}

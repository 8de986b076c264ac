package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.ChangeKind;
import dev.redline.model.ChangeStatus;
import dev.redline.model.Clause;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.Edit;
import dev.redline.model.Format;
import dev.redline.model.Inline;
import dev.redline.model.InlineText;
import dev.redline.model.LinkKind;
import dev.redline.model.Segment;
import dev.redline.model.TextChange;
import dev.redline.read.DraftReaders;
import dev.redline.read.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formatting read from Word drafts and compared: the fixture pair {@code formatted/rev1.docx} and
 * {@code rev2.docx} (see {@code fixtures/tools/make_formatted.py}) puts "Basin" in italics in the
 * definitions table and takes the bold off "free of charge" in Article 2, besides changing words in
 * both articles, and puts "two" in italics in Article 3, whose words are the same; "inter alia" is
 * italic and "five years" bold in both.
 */
class FormattingChangesTest {
  private static final Format ITALIC = Format.of(Format.Property.ITALIC);
  private static final Format BOLD = Format.of(Format.Property.BOLD);

  private static Draft formatted(String file) throws Exception {
    return DraftReaders.read(Fixtures.draft("formatted", file));
  }

  private static Clause clauseContaining(Draft draft, String words) {
    return draft.articles().stream().flatMap(a -> a.allClauses())
        .filter(c -> c.content().plain().contains(words)).findFirst().orElseThrow(() -> new AssertionError(words));
  }

  private static Format formatOf(InlineText text, String words) {
    int at = text.plain().indexOf(words);
    assertTrue(at >= 0, words);
    Format f = text.formatAt(at);
    for (int i = at; i < at + words.length(); i++) {
      assertEquals(f, text.formatAt(i), "one format over " + words);
    }
    return f;
  }

  @Test
  void theWordReaderGivesRunsTheirBoldAndItalics() throws Exception {
    Draft rev1 = formatted("rev1.docx");
    Draft rev2 = formatted("rev2.docx");
    assertEquals(ITALIC, formatOf(clauseContaining(rev1, "inter alia").content(), "inter alia"));
    assertEquals(Format.PLAIN, formatOf(clauseContaining(rev1, "inter alia").content(), "Each Party shall share"));
    assertEquals(BOLD, formatOf(clauseContaining(rev1, "free of charge").content(), "free of charge"));
    assertEquals(Format.PLAIN, formatOf(clauseContaining(rev2, "free of charge").content(), "free of charge"));
    assertEquals(Format.PLAIN, formatOf(clauseContaining(rev1, "Basin").content(), "Basin"));
    assertEquals(ITALIC, formatOf(clauseContaining(rev2, "Basin").content(), "Basin"));
    assertEquals(BOLD, formatOf(clauseContaining(rev2, "five years").content(), "five years"));
  }

  @Test
  void wordsSetDifferentlyAreAFormattingChange() throws Exception {
    Comparison c = Redline.compare(formatted("rev1.docx"), formatted("rev2.docx"));
    List<TextChange> lines = c.articles().stream().flatMap(a -> a.clauses().stream()).flatMap(ch -> Stream.of(ch.text())).toList();
    List<Edit> formatting = lines.stream().flatMap(t -> t.edits().stream()).filter(e -> e.kind() == ChangeKind.FORMATTING).toList();
    assertEquals(List.of("Basin", "free of charge", "two"), formatting.stream().map(Edit::newText).sorted().toList());
    formatting.forEach(e -> assertEquals(e.oldText(), e.newText()));
    assertEquals(3, c.statistics().changes(ChangeKind.FORMATTING).edits());
    assertEquals(0, c.statistics().changes(ChangeKind.FORMATTING).words(), "a formatting change deletes and inserts no words");
    TextChange basin = lines.stream().filter(t -> t.newText().contains("Basin")).findFirst().orElseThrow();
    assertEquals(ChangeStatus.MODIFIED, basin.status(), "a term put in italics is a change");
    Segment reformatted = basin.segments().stream().filter(Segment::isReformatted).findFirst().orElseThrow();
    assertEquals("Basin", reformatted.text());
    assertEquals(List.of(new Inline.Run("Basin", ITALIC)), reformatted.content());
    assertEquals(List.of(new Inline.Run("Basin")), reformatted.formerly());
  }

  @Test
  void anArticleWhoseOnlyChangeIsFormattingIsReformattedNotUnchanged() throws Exception {
    Comparison c = Redline.compare(formatted("rev1.docx"), formatted("rev2.docx"));
    assertEquals(Set.of(LinkKind.REFORMATTED), linkOf(c, "3").kinds(), "Article 3: only \"two\" put in italics");
    assertEquals(Set.of(LinkKind.MODIFIED), linkOf(c, "1").kinds(), "Article 1: words added to a cell, and a term in italics");
    assertEquals(Set.of(LinkKind.MODIFIED), linkOf(c, "2").kinds());
    assertEquals(1, c.statistics().count(LinkKind.REFORMATTED));
    assertEquals(0, c.statistics().count(LinkKind.UNCHANGED));
    assertEquals(2, c.statistics().count(LinkKind.MODIFIED));
  }

  @Test
  void ignoringFormattingLeavesThatArticleUnchanged() throws Exception {
    ReadOptions words = ReadOptions.DEFAULTS.withoutFormatting();
    Comparison c = Redline.compare(DraftReaders.read(Fixtures.draft("formatted", "rev1.docx"), words),
        DraftReaders.read(Fixtures.draft("formatted", "rev2.docx"), words));
    assertEquals(Set.of(LinkKind.UNCHANGED), linkOf(c, "3").kinds());
    assertEquals(1, c.statistics().count(LinkKind.UNCHANGED));
    assertEquals(0, c.statistics().count(LinkKind.REFORMATTED));
  }

  @Test
  void aFormattingChangeBesideUpdatedReferencesIsBoth(@TempDir Path dir) throws Exception {
    // Rev.2 inserts an article before Article 3 (now 4); Article 2 cites it, and puts "shall" in bold.
    String rev1 = """
        Article 1. Scope

        1. This Agreement applies to the rivers of the Parties.

        Article 2. Duties

        1. Each Party shall act as article 3 requires.

        Article 3. Reports

        1. Each Party shall report to the other Parties every year on the levels of its rivers.
        """;
    String rev2 = rev1.replace("shall act as article 3", "**shall** act as article 4").replace("Article 3. Reports", """
        Article 3. Gauges

        1. Each Party shall keep a gauge at the mouth of each river.

        Article 4. Reports""");
    Files.writeString(dir.resolve("rev1.md"), rev1);
    Files.writeString(dir.resolve("rev2.md"), rev2);
    Comparison c = Redline.compare(DraftReaders.read(dir.resolve("rev1.md")), DraftReaders.read(dir.resolve("rev2.md")));
    assertEquals(Set.of(LinkKind.REFERENCES_UPDATED, LinkKind.REFORMATTED), linkOf(c, "2").kinds());
    assertEquals(Set.of(LinkKind.RENUMBERED), linkOf(c, "4").kinds());
  }

  private static dev.redline.model.ArticleLink linkOf(Comparison c, String newNumber) {
    return c.alignment().links().stream().filter(l -> l.newNumbers().equals(newNumber)).findFirst().orElseThrow();
  }

  @Test
  void wordsSetAlikeAreNoChange() {
    InlineText old = new InlineText(List.of(new Inline.Run("shall share, "), new Inline.Run("inter alia", ITALIC), new Inline.Run(", data")));
    TextChange same = WordDiffer.diff(new Line("", "", old), new Line("", "", old), Context.NONE);
    assertEquals(ChangeStatus.UNCHANGED, same.status());
    InlineText plain = InlineText.of("shall share, inter alia, data");
    TextChange change = WordDiffer.diff(new Line("", "", plain), new Line("", "", old), Context.NONE);
    assertEquals(List.of("formatting: inter alia → inter alia"), change.edits().stream().map(Edit::toString).toList());
    assertEquals("italic added", ITALIC.changeFrom(Format.PLAIN));
  }
}

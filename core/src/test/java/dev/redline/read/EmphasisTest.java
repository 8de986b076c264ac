package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.model.Clause;
import dev.redline.model.Draft;
import dev.redline.model.Format;
import dev.redline.model.Inline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emphasis in Markdown drafts becomes formatting; plain text keeps its asterisks as they are. */
class EmphasisTest {
  private static final String DRAFT = "Article 1. Sharing\n\n1. Each Party shall share, *inter alia*, levels **free of charge** at 5 * 3 stations.\n";

  @TempDir Path dir;

  private Clause clause(String name, ReadOptions options) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, DRAFT, StandardCharsets.UTF_8);
    Draft draft = DraftReaders.read(file, options);
    return draft.articles().get(0).clauses().get(0);
  }

  @Test
  void markdownEmphasisIsItalicAndStrongIsBold() throws Exception {
    Clause c = clause("draft.md", ReadOptions.DEFAULTS);
    assertEquals("Each Party shall share, inter alia, levels free of charge at 5 * 3 stations.", c.content().plain());
    assertEquals(List.of(
        new Inline.Run("Each Party shall share, "),
        new Inline.Run("inter alia", Format.of(Format.Property.ITALIC)),
        new Inline.Run(", levels "),
        new Inline.Run("free of charge", Format.of(Format.Property.BOLD)),
        new Inline.Run(" at 5 * 3 stations.")), c.content().parts());
  }

  @Test
  void plainTextKeepsItsMarksAsText() throws Exception {
    Clause c = clause("draft.txt", ReadOptions.DEFAULTS);
    assertEquals("Each Party shall share, *inter alia*, levels **free of charge** at 5 * 3 stations.", c.content().plain());
    assertEquals(false, c.content().isFormatted());
  }

  @Test
  void ignoringFormattingReadsEveryRunPlain() throws Exception {
    Clause c = clause("draft.md", ReadOptions.DEFAULTS.withoutFormatting());
    assertEquals("Each Party shall share, inter alia, levels free of charge at 5 * 3 stations.", c.content().plain());
    assertEquals(false, c.content().isFormatted());
  }
}

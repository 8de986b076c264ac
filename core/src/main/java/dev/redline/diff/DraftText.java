package dev.redline.diff;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import dev.redline.model.Inline;
import dev.redline.model.InlineText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A draft as a reader sees it, one paragraph a line: the title, the recitals, then division
 * headings and articles in reading order, each article as its heading, its clause lines and its
 * footnotes. Footnote references read as their marker ({@code 1}). Accepting every change in a
 * redline gives the new draft's reading text; rejecting every change gives the old's.
 */
public final class DraftText {

  private DraftText() {}

  /** The paragraphs of the draft in reading order, empty ones left out. */
  public static List<String> lines(Draft draft) {
    List<String> lines = new ArrayList<>();
    lines.add(shown(draft.titleContent().parts()));
    draft.preamble().forEach(c -> lines.add(shown(c.lineContent().parts())));
    for (Object unit : units(draft)) {
      if (unit instanceof Division d) {
        lines.add(heading(d.label(), d.titleContent()));
      } else {
        Article a = (Article) unit;
        lines.add(heading(a.label(), a.titleContent()));
        a.allClauses().map(c -> shown(c.lineContent().parts())).forEach(lines::add);
        a.footnotes().forEach(f -> lines.add(footnoteLine(f)));
      }
    }
    lines.removeIf(String::isBlank);
    return lines;
  }

  /** A heading as one line: {@code Chapter IV. Title}, its title's references as their marker. */
  private static String heading(String label, InlineText title) {
    return title.plain().isEmpty() ? label : label + ". " + shown(title.parts());
  }

  /** Division headings and articles of a draft, in reading order. */
  static List<Object> units(Draft draft) {
    List<Object> units = new ArrayList<>();
    units.addAll(draft.divisions());
    units.addAll(draft.articles());
    units.sort(Comparator.comparingInt(DraftText::line));
    return units;
  }

  private static int line(Object unit) {
    return unit instanceof Article a ? a.provenance().line() : ((Division) unit).provenance().line();
  }

  /** A footnote as one line: its marker, a space, its text. */
  public static String footnoteLine(Footnote footnote) {
    return footnote.marker() + " " + footnote.text();
  }

  /** Text as a reader sees it: runs as they are, footnote references as their marker ({@code 1}). */
  public static String shown(List<Inline> parts) {
    StringBuilder b = new StringBuilder();
    for (Inline p : parts) {
      b.append(p instanceof Inline.NoteRef r ? r.marker() : p.plain());
    }
    return b.toString();
  }
}

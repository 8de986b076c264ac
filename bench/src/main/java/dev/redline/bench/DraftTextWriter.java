package dev.redline.bench;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import dev.redline.model.Inline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a draft in the plain-text form the text reader reads (symbol, date, title, chapters,
 * articles with the title on the next line, labelled clauses, each article's footnotes after it,
 * numbered through the draft), so generated drafts can
 * be measured through reading as well.
 */
final class DraftTextWriter {
  private DraftTextWriter() {}

  static String write(Draft draft, String symbol, String date) {
    StringBuilder b = new StringBuilder();
    b.append(symbol).append("\n").append(date).append("\n\n").append(draft.title()).append("\n\n");
    List<Division> open = new ArrayList<>();
    int footnotes = 0;
    for (Article a : draft.articles()) {
      if (!a.divisions().equals(open)) {
        for (Division d : a.divisions()) {
          if (!open.contains(d)) {
            b.append(d.label()).append("\n").append(d.title()).append("\n\n");
          }
        }
        open = a.divisions();
      }
      b.append(a.label()).append("\n").append(a.title()).append("\n\n");
      List<String> notes = new ArrayList<>();
      for (Clause c : a.allClauses().toList()) {
        // Markers are numbered through the whole draft, as a word processor numbers footnotes.
        Map<String, String> renumbered = new HashMap<>();
        for (dev.redline.model.Footnote f : c.footnotes()) {
          String marker = String.valueOf(++footnotes);
          renumbered.put(f.id(), marker);
          notes.add("[^" + marker + "]: " + f.text());
        }
        for (Inline part : c.lineContent().parts()) {
          b.append(part instanceof Inline.NoteRef r ? "[^" + renumbered.getOrDefault(r.footnote(), r.marker()) + "]" : part.plain());
        }
        b.append("\n\n");
      }
      for (String note : notes) {
        b.append(note).append("\n\n");
      }
    }
    return b.toString();
  }
}

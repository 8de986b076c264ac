package dev.redline.bench;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a draft in the plain-text form the text reader reads (symbol, date, title, chapters,
 * articles with the title on the next line, labelled clauses, footnotes), so generated drafts can
 * be measured through reading as well.
 */
final class DraftTextWriter {
  private DraftTextWriter() {}

  static String write(Draft draft, String symbol, String date) {
    StringBuilder b = new StringBuilder();
    b.append(symbol).append("\n").append(date).append("\n\n").append(draft.title()).append("\n\n");
    List<Division> open = new ArrayList<>();
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
      for (Clause c : a.allClauses().toList()) {
        b.append(c.line()).append("\n\n");
      }
    }
    return b.toString();
  }
}

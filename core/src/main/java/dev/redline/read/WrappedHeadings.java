package dev.redline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the continuation lines of a heading that wraps with its heading: a paragraph whose first
 * line is an article or division heading with its title ({@code Article 4. Offences established in
 * accordance with other United Nations conventions and}) and whose next lines go on with that title
 * ({@code protocols}) becomes one line. A line is taken only while the heading's title, with it,
 * still reads as a title (no sentence end, not too long, no label), or where a Chinese heading
 * carries the article's first sentence ({@code 第一条　本议定书……} / {@code 据。}), so that a sentence set under a
 * heading without space is never drawn into it, and a bare heading ({@code Article 4}) keeps its
 * title on the next line for the recognizer. Stateless.
 */
final class WrappedHeadings {
  private WrappedHeadings() {}

  /** The paragraph's lines, the heading's continuation lines joined to it. */
  static List<SourceLine> join(List<SourceLine> lines) {
    if (lines.size() < 2 || !hasTitle(lines.get(0).text())) {
      return lines;
    }
    String heading = lines.get(0).text();
    int taken = 1;
    while (taken < lines.size()) {
      String next = lines.get(taken).text();
      String joined = joinText(heading, next);
      boolean title = hasTitle(joined) && HeadingGrammar.looksLikeTitleLine(rest(joined));
      if (next.isBlank() || Labels.isLabelled(next) || !(title || carriesBody(joined))) {
        break;
      }
      heading = joined;
      taken++;
    }
    if (taken == 1) {
      return lines;
    }
    List<SourceLine> out = new ArrayList<>();
    SourceLine first = lines.get(0);
    out.add(new SourceLine(heading, first.line(), first.page()));
    out.addAll(lines.subList(taken, lines.size()));
    return out;
  }

  private static String joinText(String heading, String next) {
    boolean spaceless = !heading.isEmpty() && !next.isEmpty()
        && Scripts.isIdeographic(heading.codePointBefore(heading.length())) && Scripts.isIdeographic(next.codePointAt(0));
    return spaceless ? heading + next : heading + " " + next;
  }

  /** Whether the line is an article or division heading that has its title on the line. */
  private static boolean hasTitle(String line) {
    return heading(line).filter(h -> !h.rest().isBlank() && HeadingGrammar.isHeadingRest(h)).isPresent();
  }

  /** Whether the line is a Chinese article heading followed by the article's first sentence ({@code 第一条　为了……。}). */
  private static boolean carriesBody(String line) {
    return HeadingGrammar.article(line).filter(HeadingGrammar::carriesBody).isPresent();
  }

  private static String rest(String line) {
    return heading(line).map(h -> h.rest().strip()).orElse("");
  }

  private static Optional<HeadingGrammar.Heading> heading(String line) {
    Optional<HeadingGrammar.Heading> article = HeadingGrammar.article(line);
    return article.isPresent() ? article : HeadingGrammar.division(line);
  }
}

package dev.redline.report.outline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import dev.redline.model.Provenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what Redline recognised in one draft, so that a reader can check it before comparing:
 * as text, the title, symbol, revision and date, then each division and article with its number,
 * title, clause and footnote counts and page, then the warnings; as JSON, the whole structure with
 * every clause's text and provenance. Stateless and thread-safe; the same draft always gives the
 * same text.
 */
public final class OutlineWriter {
  /** The forms the outline is written in. */
  public enum Format {
    /** An indented outline for reading: divisions, articles, clause and footnote counts, warnings. */
    TEXT,
    /** The whole structure: every clause's text, path and provenance. */
    JSON;

    /** The format with this name ({@code text}, {@code json}), whatever its case. */
    public static java.util.Optional<Format> named(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name)) {
          return java.util.Optional.of(f);
        }
      }
      return java.util.Optional.empty();
    }
  }

  private OutlineWriter() {}

  /** The draft's outline in the format, ending with a line break. */
  public static String write(Draft draft, Format format) {
    return switch (format) {
      case TEXT -> text(draft);
      case JSON -> json(draft);
    };
  }

  private static String text(Draft draft) {
    StringBuilder b = new StringBuilder();
    b.append("Title:     ").append(orNone(draft.title())).append('\n');
    b.append("Symbol:    ").append(orNone(draft.symbol())).append('\n');
    b.append("Revision:  ").append(draft.revision()).append('\n');
    b.append("Date:      ").append(orNone(draft.date())).append('\n');
    b.append("Preamble:  ").append(count(draft.preamble().size(), "recital")).append('\n');
    List<Division> open = List.of();
    for (Article article : draft.articles()) {
      List<Division> path = article.divisions();
      int common = 0;
      while (common < Math.min(open.size(), path.size()) && open.get(common).equals(path.get(common))) {
        common++;
      }
      for (int depth = common; depth < path.size(); depth++) {
        if (depth == 0) {
          b.append('\n');
        }
        b.append("  ".repeat(depth)).append(path.get(depth).heading()).append(page(path.get(depth).provenance())).append('\n');
      }
      open = path;
      long clauses = article.allClauses().filter(c -> !c.kind().inTable()).count();
      long tables = article.allClauses().filter(c -> c.kind() == dev.redline.model.ClauseKind.TABLE).count();
      int notes = article.footnotes().size();
      b.append("  ".repeat(path.size()))
          .append(article.heading())
          .append(article.marker().map(m -> " (" + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")").orElse(""))
          .append(": ")
          .append(count(clauses, "clause"));
      if (tables > 0) {
        b.append(", ").append(count(tables, "table"));
      }
      if (notes > 0) {
        b.append(", ").append(count(notes, "footnote"));
      }
      b.append(page(article.provenance())).append('\n');
    }
    long notes = draft.articles().stream().mapToLong(a -> a.footnotes().size()).sum();
    b.append('\n')
        .append(count(draft.articles().size(), "article"))
        .append(", ")
        .append(count(draft.divisions().size(), "division"))
        .append(", ")
        .append(count(notes, "footnote"))
        .append('\n');
    if (draft.warnings().isEmpty()) {
      b.append("No warnings.\n");
    } else {
      b.append(count(draft.warnings().size(), "warning")).append(":\n");
      draft.warnings().forEach(w -> b.append("  ").append(w).append('\n'));
    }
    return b.toString();
  }

  private static String orNone(String value) {
    return value.isEmpty() ? "(none)" : value;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String page(Provenance provenance) {
    return provenance.hasPage() ? " (p. " + provenance.page() + ")" : "";
  }

  private static String json(Draft draft) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", draft.source());
    root.put("title", draft.title());
    root.put("symbol", draft.symbol());
    root.put("revision", draft.revision());
    root.put("date", draft.date());
    root.put("preamble", draft.preamble().stream().map(OutlineWriter::clause).toList());
    List<Map<String, Object>> divisions = new ArrayList<>();
    for (Division d : draft.divisions()) {
      divisions.add(division(d));
    }
    root.put("divisions", divisions);
    List<Map<String, Object>> articles = new ArrayList<>();
    for (Article a : draft.articles()) {
      Map<String, Object> article = new LinkedHashMap<>();
      article.put("id", a.id());
      article.put("label", a.label());
      article.put("number", a.number());
      article.put("title", a.title());
      a.marker().ifPresent(m -> article.put("marker", m.name().toLowerCase(java.util.Locale.ROOT)));
      article.put("divisions", a.divisions().stream().map(Division::label).toList());
      article.put("provenance", provenance(a.provenance()));
      article.put("clauses", a.clauses().stream().map(OutlineWriter::clause).toList());
      article.put("footnotes", a.footnotes().stream().map(OutlineWriter::footnote).toList());
      articles.add(article);
    }
    root.put("articles", articles);
    root.put("warnings", draft.warnings());
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> division(Division d) {
    Map<String, Object> division = new LinkedHashMap<>();
    division.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
    division.put("label", d.label());
    division.put("number", d.number());
    division.put("title", d.title());
    division.put("provenance", provenance(d.provenance()));
    return division;
  }

  private static Map<String, Object> clause(Clause c) {
    Map<String, Object> clause = new LinkedHashMap<>();
    clause.put("id", c.id());
    clause.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
    clause.put("label", c.label());
    clause.put("path", c.path().toString());
    clause.put("text", c.text());
    clause.put("footnotes", c.footnotes().stream().map(Footnote::marker).toList());
    clause.put("provenance", provenance(c.provenance()));
    clause.put("children", c.children().stream().map(OutlineWriter::clause).toList());
    return clause;
  }

  private static Map<String, Object> footnote(Footnote f) {
    Map<String, Object> footnote = new LinkedHashMap<>();
    footnote.put("id", f.id());
    footnote.put("marker", f.marker());
    footnote.put("text", f.text());
    footnote.put("provenance", provenance(f.provenance()));
    return footnote;
  }

  private static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("file", p.file());
    provenance.put("line", p.line());
    provenance.put("page", p.page());
    return provenance;
  }
}

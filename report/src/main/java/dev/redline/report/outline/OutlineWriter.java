package dev.redline.report.outline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
import java.util.List;
import java.util.Locale;

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
    b.append("Title:     ").append(orNone(draft.titleContent().withoutNoteRefs())).append('\n');
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
        b.append("  ".repeat(depth)).append(heading(path.get(depth).label(), path.get(depth).titleContent())).append(page(path.get(depth).provenance())).append('\n');
      }
      open = path;
      long clauses = article.allClauses().filter(c -> !c.kind().inTable()).count();
      long tables = article.allClauses().filter(c -> c.kind() == dev.redline.model.ClauseKind.TABLE).count();
      int notes = article.footnotes().size();
      b.append("  ".repeat(path.size()))
          .append(heading(article.label(), article.titleContent()))
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

  /** A heading as one line, its title's notes left out (they are counted on the article's line). */
  private static String heading(String label, dev.redline.model.InlineText title) {
    String words = title.withoutNoteRefs();
    return words.isEmpty() ? label : label + ". " + words;
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
    List<ArticleJson> articles = draft.articles().stream()
        .map(a -> new ArticleJson(a.id(), a.label(), a.number(), a.title(), a.marker().map(m -> m.name().toLowerCase(Locale.ROOT)).orElse(null),
            a.divisions().stream().map(Division::label).toList(), provenance(a.provenance()),
            a.clauses().stream().map(OutlineWriter::clause).toList(), a.footnotes().stream().map(OutlineWriter::footnote).toList()))
        .toList();
    DraftJson root = new DraftJson(draft.source(), draft.title(), draft.symbol(), draft.revision(), draft.date(),
        draft.preamble().stream().map(OutlineWriter::clause).toList(), draft.divisions().stream().map(OutlineWriter::division).toList(),
        articles, draft.warnings());
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DivisionJson division(Division d) {
    return new DivisionJson(d.kind().name().toLowerCase(Locale.ROOT), d.label(), d.number(), d.title(), provenance(d.provenance()));
  }

  private static ClauseJson clause(Clause c) {
    return new ClauseJson(c.id(), c.kind().name().toLowerCase(Locale.ROOT), c.label(), c.path().toString(), c.text(), c.footnotes().stream().map(Footnote::marker).toList(),
        provenance(c.provenance()), c.children().stream().map(OutlineWriter::clause).toList());
  }

  private static FootnoteJson footnote(Footnote f) {
    return new FootnoteJson(f.id(), f.marker(), f.text(), provenance(f.provenance()));
  }

  private static ProvenanceJson provenance(Provenance p) {
    return new ProvenanceJson(p.file(), p.line(), p.page());
  }

  // ---- the JSON's objects, their fields in the order written ----

  @JsonPropertyOrder({"source", "title", "symbol", "revision", "date", "preamble", "divisions", "articles", "warnings"})
  record DraftJson(String source, String title, String symbol, String revision, String date, List<ClauseJson> preamble,
      List<DivisionJson> divisions, List<ArticleJson> articles, List<String> warnings) {}

  @JsonPropertyOrder({"id", "label", "number", "title", "marker", "divisions", "provenance", "clauses", "footnotes"})
  record ArticleJson(String id, String label, String number, String title, @JsonInclude(JsonInclude.Include.NON_NULL) String marker,
      List<String> divisions, ProvenanceJson provenance, List<ClauseJson> clauses, List<FootnoteJson> footnotes) {}

  @JsonPropertyOrder({"kind", "label", "number", "title", "provenance"})
  record DivisionJson(String kind, String label, String number, String title, ProvenanceJson provenance) {}

  @JsonPropertyOrder({"id", "kind", "label", "path", "text", "footnotes", "provenance", "children"})
  record ClauseJson(String id, String kind, String label, String path, String text, List<String> footnotes, ProvenanceJson provenance, List<ClauseJson> children) {}

  @JsonPropertyOrder({"id", "marker", "text", "provenance"})
  record FootnoteJson(String id, String marker, String text, ProvenanceJson provenance) {}

  @JsonPropertyOrder({"file", "line", "page"})
  record ProvenanceJson(String file, int line, int page) {}
}

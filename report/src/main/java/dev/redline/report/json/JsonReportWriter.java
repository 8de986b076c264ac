package dev.redline.report.json;

import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.Clause;
import dev.redline.model.ClauseChange;
import dev.redline.model.ClauseMove;
import dev.redline.model.Comparison;
import dev.redline.model.Division;
import dev.redline.model.DivisionChange;
import dev.redline.model.Draft;
import dev.redline.model.Edit;
import dev.redline.model.History;
import dev.redline.model.Inline;
import dev.redline.model.LinkKind;
import dev.redline.model.ParagraphMove;
import dev.redline.model.Part;
import dev.redline.model.Segment;
import dev.redline.model.Statistics;
import dev.redline.model.TextChange;
import dev.redline.model.Tracker;
import dev.redline.report.internal.ArticleNotes;
import dev.redline.report.internal.ConcordanceRows;
import dev.redline.report.internal.Headline;
import dev.redline.report.internal.Json;
import dev.redline.report.internal.Steps;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a whole {@link Comparison} as JSON, or a history as the concordance over all its drafts
 * with the comparison of each step; with a {@link Tracker}, the demands' findings too. The format
 * is described by {@code docs/comparison.schema.json}: {@code "kind": "comparison"} or {@code
 * "history"}, then the drafts, statistics, article links, and every article's heading, clause and
 * footnote changes with their segments and classified edits; moved clauses carry the id of their
 * {@link ClauseMove}, listed once under {@code moves}.
 *
 * <p>Keys come in a fixed order and numbers are rounded to three decimals, so the same input and
 * date always give the same text. Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class JsonReportWriter {
  /** The version of the format, written as {@code "redline"}; raised when a change would break a reader. */
  public static final int FORMAT_VERSION = 1;

  private final ZonedDateTime date;

  private JsonReportWriter(Builder builder) {
    this.date = builder.date;
  }

  /** A builder with the date left to the moment of writing. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link JsonReportWriter}. */
  public static final class Builder {
    private ZonedDateTime date;

    private Builder() {}

    /** When the report is made, written as {@code "made"}; by default the moment of writing. */
    public Builder date(ZonedDateTime date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /** The writer with the settings given so far. */
    public JsonReportWriter build() {
      return new JsonReportWriter(this);
    }
  }

  /** The comparison, and the tracker if given, as JSON text ending with a line break. */
  public String write(Comparison comparison, Optional<Tracker> tracker) {
    Map<String, Object> root = header("comparison");
    root.putAll(comparison(comparison));
    tracker.ifPresent(t -> root.put("tracker", Json.tracker(t)));
    return Json.write(root);
  }

  /**
   * The history as JSON text ending with a line break: its drafts, the concordance over all of them,
   * then the comparison of each step.
   *
   * @param steps the comparison of each step, in order: {@code steps.get(k)} compares drafts k and k+1
   * @throws IllegalArgumentException if the steps do not compare the history's drafts in order
   */
  public String write(History history, List<Comparison> steps, Optional<Tracker> tracker) {
    Steps.check(history, steps);
    Map<String, Object> root = header("history");
    root.put("drafts", history.drafts().stream().map(JsonReportWriter::draft).toList());
    root.put("concordance", concordance(history));
    List<Map<String, Object>> list = new ArrayList<>();
    for (Comparison step : steps) {
      list.add(comparison(step));
    }
    root.put("steps", list);
    tracker.ifPresent(t -> root.put("tracker", Json.tracker(t)));
    return Json.write(root);
  }

  private Map<String, Object> header(String kind) {
    ZonedDateTime when = date != null ? date : ZonedDateTime.now(ZoneId.systemDefault());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("redline", FORMAT_VERSION);
    root.put("kind", kind);
    root.put("made", when.withZoneSameInstant(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_INSTANT));
    return root;
  }

  private static Map<String, Object> comparison(Comparison c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("oldDraft", draft(c.oldDraft()));
    m.put("newDraft", draft(c.newDraft()));
    m.put("statistics", statistics(c.statistics()));
    Map<ArticleLink, Integer> linkIndex = new IdentityHashMap<>();
    List<Map<String, Object>> links = new ArrayList<>();
    for (ArticleLink link : c.alignment().links()) {
      linkIndex.put(link, links.size());
      links.add(link(link));
    }
    m.put("links", links);
    m.put("title", text(c.title()));
    m.put("preamble", c.preamble().stream().map(JsonReportWriter::clause).toList());
    List<Map<String, Object>> parts = new ArrayList<>();
    List<ClauseMove> moves = new ArrayList<>();
    for (Part part : c.parts()) {
      if (part instanceof DivisionChange d) {
        parts.add(division(d));
      } else if (part instanceof ArticleChange a) {
        parts.add(article(a, c, linkIndex.get(a.link())));
        a.clauses().stream().filter(ClauseChange::isMoveTarget).forEach(cc -> moves.add(cc.move().orElseThrow()));
      }
    }
    c.preamble().stream().filter(ClauseChange::isMoveTarget).forEach(cc -> moves.add(cc.move().orElseThrow()));
    moves.sort(java.util.Comparator.comparingInt(ClauseMove::id));
    m.put("parts", parts);
    List<Map<String, Object>> moveList = new ArrayList<>();
    for (ClauseMove move : moves) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("id", move.id());
      mm.put("oldPath", move.oldClause().path().toString());
      mm.put("newPath", move.newClause().path().toString());
      mm.put("oldId", move.oldClause().id());
      mm.put("newId", move.newClause().id());
      mm.put("text", text(move.text()));
      moveList.add(mm);
    }
    m.put("moves", moveList);
    List<Map<String, Object>> paragraphMoves = new ArrayList<>();
    for (ParagraphMove p : c.movesBetweenArticles()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("fromArticle", p.fromArticle().number());
      pm.put("from", p.from().path().toString());
      pm.put("fromId", p.from().id());
      pm.put("toArticle", p.toArticle().number());
      pm.put("to", p.to().path().toString());
      pm.put("toId", p.to().id());
      pm.put("move", p.move().id());
      paragraphMoves.add(pm);
    }
    m.put("paragraphMoves", paragraphMoves);
    return m;
  }

  private static Map<String, Object> draft(Draft d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", d.source());
    m.put("revision", d.revision());
    m.put("symbol", d.symbol());
    m.put("date", d.date());
    m.put("title", d.title());
    m.put("articles", d.articles().size());
    m.put("warnings", d.warnings());
    return m;
  }

  private static Map<String, Object> statistics(Statistics s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("oldArticles", s.oldArticles());
    m.put("newArticles", s.newArticles());
    Map<String, Object> links = new LinkedHashMap<>();
    for (LinkKind kind : LinkKind.values()) {
      links.put(kind.word(), s.count(kind));
    }
    m.put("links", links);
    m.put("clausesChanged", s.clausesChanged());
    Map<String, Object> clauses = new LinkedHashMap<>();
    Headline.clauses(s).forEach(row -> clauses.put(row.name(), row.count()));
    m.put("clauses", clauses);
    m.put("wordsDeleted", s.wordsDeleted());
    m.put("wordsInserted", s.wordsInserted());
    m.put("wordsMoved", s.wordsMoved());
    m.put("changes", counts(s.changes()));
    return m;
  }

  private static Map<String, Object> counts(Map<ChangeKind, ChangeCount> counts) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (ChangeKind kind : ChangeKind.values()) {
      ChangeCount c = counts.get(kind);
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("edits", c.edits());
      cm.put("wordsDeleted", c.wordsDeleted());
      cm.put("wordsInserted", c.wordsInserted());
      m.put(kind.word(), cm);
    }
    return m;
  }

  private static Map<String, Object> link(ArticleLink link) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("old", link.oldArticles().stream().map(Article::number).toList());
    m.put("new", link.newArticles().stream().map(Article::number).toList());
    m.put("oldIds", link.oldArticles().stream().map(Article::id).toList());
    m.put("newIds", link.newArticles().stream().map(Article::id).toList());
    m.put("kinds", java.util.EnumSet.copyOf(link.kinds()).stream().map(LinkKind::word).toList());
    m.put("confidence", Json.rounded(link.confidence()));
    m.put("reason", link.reason());
    return m;
  }

  private static Map<String, Object> division(DivisionChange d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "division");
    m.put("old", d.oldDivision().map(JsonReportWriter::division).orElse(null));
    m.put("new", d.newDivision().map(JsonReportWriter::division).orElse(null));
    m.put("heading", text(d.heading()));
    return m;
  }

  private static Map<String, Object> division(Division d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
    m.put("label", d.label());
    m.put("number", d.number());
    m.put("title", d.title());
    return m;
  }

  private static Map<String, Object> article(ArticleChange a, Comparison c, int link) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "article");
    m.put("link", link);
    m.put("old", a.oldArticle().map(JsonReportWriter::article).orElse(null));
    m.put("new", a.newArticle().map(JsonReportWriter::article).orElse(null));
    m.put("changed", a.isChanged());
    m.put("note", ArticleNotes.of(a, c));
    m.put("counts", counts(a.counts()));
    m.put("heading", text(a.heading()));
    a.headingMove().ifPresent(h -> m.put("headingMove", text(h)));
    m.put("clauses", a.clauses().stream().map(JsonReportWriter::clause).toList());
    m.put("footnotes", a.footnotes().stream().map(JsonReportWriter::text).toList());
    return m;
  }

  private static Map<String, Object> article(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("number", a.number());
    m.put("label", a.label());
    m.put("title", a.title());
    m.put("division", a.division().map(Division::label).orElse(""));
    m.put("line", a.provenance().line());
    if (a.provenance().hasPage()) {
      m.put("page", a.provenance().page());
    }
    return m;
  }

  private static Map<String, Object> clause(ClauseChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("oldPath", c.oldClause().map(o -> o.path().toString()).orElse(null));
    m.put("newPath", c.newClause().map(n -> n.path().toString()).orElse(null));
    m.put("oldId", c.oldClause().map(Clause::id).orElse(null));
    m.put("newId", c.newClause().map(Clause::id).orElse(null));
    m.put("kind", c.clause().kind().name().toLowerCase(Locale.ROOT));
    m.put("depth", c.depth());
    if (c.move().isPresent()) {
      Map<String, Object> move = new LinkedHashMap<>();
      move.put("id", c.move().get().id());
      move.put("end", c.isMoveSource() ? "source" : "target");
      m.put("move", move);
    }
    m.put("text", text(c.text()));
    m.put("edits", c.edits().stream().map(JsonReportWriter::edit).toList());
    return m;
  }

  private static Map<String, Object> text(TextChange t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", t.status().name().toLowerCase(Locale.ROOT));
    m.put("old", t.oldText());
    m.put("new", t.newText());
    List<Map<String, Object>> segments = new ArrayList<>();
    for (Segment s : t.segments()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("op", s.op().name().toLowerCase(Locale.ROOT));
      sm.put("text", s.text());
      if (s.isRestyled()) {
        sm.put("oldText", s.oldText());
      }
      if (s.isReformatted()) {
        sm.put("formatting", s.formattingChange());
      }
      List<String> notes = s.content().stream()
          .filter(Inline.NoteRef.class::isInstance).map(p -> ((Inline.NoteRef) p).footnote()).toList();
      if (!notes.isEmpty()) {
        sm.put("notes", notes);
      }
      segments.add(sm);
    }
    m.put("segments", segments);
    m.put("edits", t.edits().stream().map(JsonReportWriter::edit).toList());
    return m;
  }

  private static Map<String, Object> edit(Edit e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", e.kind().word());
    m.put("old", e.oldText());
    m.put("oldOffset", e.oldOffset());
    m.put("new", e.newText());
    m.put("newOffset", e.newOffset());
    return m;
  }

  /** The concordance over the history: one row per provision, its numbers in each draft, and what happened at each step. */
  private static List<Map<String, Object>> concordance(History history) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ConcordanceRows.Row r : ConcordanceRows.of(history)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("title", r.title());
      row.put("numbers", r.numbers());
      row.put("changes", r.changes());
      rows.add(row);
    }
    return rows;
  }
}

package dev.redline.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import dev.redline.model.LinkKind;
import dev.redline.model.Part;
import dev.redline.model.Statistics;
import dev.redline.report.internal.ArticleNotes;
import dev.redline.report.internal.Headline;
import dev.redline.report.internal.Json;
import dev.redline.report.internal.ReportRows;
import dev.redline.report.internal.TextChangeJson;
import dev.redline.report.internal.TextChangeJson.EditJson;
import dev.redline.report.internal.TrackerJson;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The objects of the JSON report, as {@code docs/comparison.schema.json} describes them: one
 * record per kind of object, its fields in the order written. Values only; {@link
 * JsonReportWriter} fills them from a comparison or a history.
 */
final class ComparisonJson {
  private ComparisonJson() {}

  /** The report of one comparison: the header, then the comparison's fields, then the tracker if any. */
  @JsonPropertyOrder({"redline", "kind", "made", "comparison", "tracker"})
  record ComparisonReport(
      int redline, String kind, String made, @JsonUnwrapped StepJson comparison, @JsonInclude(JsonInclude.Include.NON_NULL) TrackerJson tracker) {}

  /** The report of a history: its drafts, the concordance over all of them, each step's comparison. */
  @JsonPropertyOrder({"redline", "kind", "made", "drafts", "concordance", "steps", "tracker"})
  record HistoryReport(
      int redline,
      String kind,
      String made,
      List<DraftJson> drafts,
      List<ReportRows.ProvisionRow> concordance,
      List<StepJson> steps,
      @JsonInclude(JsonInclude.Include.NON_NULL) TrackerJson tracker) {}

  /** A comparison: one step of a history, or the body of the report of one comparison. */
  @JsonPropertyOrder({"oldDraft", "newDraft", "statistics", "links", "title", "preamble", "parts", "moves", "paragraphMoves"})
  record StepJson(
      DraftJson oldDraft,
      DraftJson newDraft,
      StatisticsJson statistics,
      List<LinkJson> links,
      TextChangeJson title,
      List<ClauseJson> preamble,
      List<PartJson> parts,
      List<MoveJson> moves,
      List<ParagraphMoveJson> paragraphMoves) {}

  @JsonPropertyOrder({"source", "revision", "symbol", "date", "title", "articles", "warnings"})
  record DraftJson(String source, String revision, String symbol, String date, String title, int articles, List<String> warnings) {}

  @JsonPropertyOrder({"oldArticles", "newArticles", "links", "articlesOnlyRenumbered", "clausesChanged", "clauses", "wordsDeleted", "wordsInserted", "wordsMoved", "changes"})
  record StatisticsJson(
      int oldArticles, int newArticles, Map<String, Integer> links, int articlesOnlyRenumbered, int clausesChanged, Map<String, Integer> clauses, int wordsDeleted,
      int wordsInserted, int wordsMoved, Map<String, CountJson> changes) {}

  @JsonPropertyOrder({"edits", "wordsDeleted", "wordsInserted"})
  record CountJson(int edits, int wordsDeleted, int wordsInserted) {}

  @JsonPropertyOrder({"old", "new", "oldIds", "newIds", "kinds", "confidence", "reason"})
  record LinkJson(
      @JsonProperty("old") List<String> oldNumbers,
      @JsonProperty("new") List<String> newNumbers,
      List<String> oldIds,
      List<String> newIds,
      List<String> kinds,
      double confidence,
      String reason) {}

  /** A division or an article, in the new draft's order. */
  sealed interface PartJson permits DivisionPartJson, ArticlePartJson {}

  @JsonPropertyOrder({"type", "old", "new", "heading"})
  record DivisionPartJson(String type, @JsonProperty("old") DivisionJson oldDivision, @JsonProperty("new") DivisionJson newDivision, TextChangeJson heading)
      implements PartJson {}

  @JsonPropertyOrder({"kind", "label", "number", "title"})
  record DivisionJson(String kind, String label, String number, String title) {}

  @JsonPropertyOrder({"type", "link", "old", "new", "changed", "note", "counts", "heading", "headingMove", "clauses", "footnotes"})
  record ArticlePartJson(
      String type,
      int link,
      @JsonProperty("old") ArticleJson oldArticle,
      @JsonProperty("new") ArticleJson newArticle,
      boolean changed,
      String note,
      Map<String, CountJson> counts,
      TextChangeJson heading,
      @JsonInclude(JsonInclude.Include.NON_NULL) TextChangeJson headingMove,
      List<ClauseJson> clauses,
      List<TextChangeJson> footnotes)
      implements PartJson {}

  @JsonPropertyOrder({"id", "number", "label", "title", "division", "line", "page"})
  record ArticleJson(String id, String number, String label, String title, String division, int line, @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {}

  @JsonPropertyOrder({"oldPath", "newPath", "oldId", "newId", "kind", "depth", "move", "text", "edits"})
  record ClauseJson(
      String oldPath,
      String newPath,
      String oldId,
      String newId,
      String kind,
      int depth,
      @JsonInclude(JsonInclude.Include.NON_NULL) MoveEndJson move,
      TextChangeJson text,
      List<EditJson> edits) {}

  @JsonPropertyOrder({"id", "end"})
  record MoveEndJson(int id, String end) {}

  @JsonPropertyOrder({"id", "oldPath", "newPath", "oldId", "newId", "text"})
  record MoveJson(int id, String oldPath, String newPath, String oldId, String newId, TextChangeJson text) {}

  @JsonPropertyOrder({"fromArticle", "from", "fromId", "toArticle", "to", "toId", "move"})
  record ParagraphMoveJson(String fromArticle, String from, String fromId, String toArticle, String to, String toId, int move) {}

  // ---- from the model ----

  static StepJson step(Comparison c) {
    Map<ArticleLink, Integer> linkIndex = new IdentityHashMap<>();
    List<LinkJson> links = new ArrayList<>();
    for (ArticleLink link : c.alignment().links()) {
      linkIndex.put(link, links.size());
      links.add(link(link));
    }
    List<PartJson> parts = new ArrayList<>();
    List<ClauseMove> moves = new ArrayList<>();
    for (Part part : c.parts()) {
      if (part instanceof DivisionChange d) {
        parts.add(new DivisionPartJson("division", d.oldDivision().map(ComparisonJson::division).orElse(null),
            d.newDivision().map(ComparisonJson::division).orElse(null), TextChangeJson.of(d.heading())));
      } else if (part instanceof ArticleChange a) {
        parts.add(article(a, c, linkIndex.get(a.link())));
        a.clauses().stream().filter(ClauseChange::isMoveTarget).forEach(cc -> moves.add(cc.move().orElseThrow()));
      }
    }
    c.preamble().stream().filter(ClauseChange::isMoveTarget).forEach(cc -> moves.add(cc.move().orElseThrow()));
    moves.sort(Comparator.comparingInt(ClauseMove::id));
    List<MoveJson> moveList = moves.stream()
        .map(m -> new MoveJson(m.id(), m.oldClause().path().toString(), m.newClause().path().toString(), m.oldClause().id(), m.newClause().id(),
            TextChangeJson.of(m.text())))
        .toList();
    List<ParagraphMoveJson> paragraphMoves = c.movesBetweenArticles().stream()
        .map(p -> new ParagraphMoveJson(p.fromArticle().number(), p.from().path().toString(), p.from().id(), p.toArticle().number(),
            p.to().path().toString(), p.to().id(), p.move().id()))
        .toList();
    return new StepJson(draft(c.oldDraft()), draft(c.newDraft()), statistics(c.statistics()), links, TextChangeJson.of(c.title()),
        c.preamble().stream().map(ComparisonJson::clause).toList(), parts, moveList, paragraphMoves);
  }

  static DraftJson draft(Draft d) {
    return new DraftJson(d.source(), d.revision(), d.symbol(), d.date(), d.title(), d.articles().size(), d.warnings());
  }

  private static StatisticsJson statistics(Statistics s) {
    Map<String, Integer> links = new LinkedHashMap<>();
    for (LinkKind kind : LinkKind.values()) {
      links.put(kind.word(), s.count(kind));
    }
    Map<String, Integer> clauses = new LinkedHashMap<>();
    Headline.clauses(s).forEach(row -> clauses.put(row.name(), row.count()));
    return new StatisticsJson(s.oldArticles(), s.newArticles(), links, s.articlesOnlyRenumbered(), s.clausesChanged(), clauses, s.wordsDeleted(), s.wordsInserted(),
        s.wordsMoved(), counts(s.changes()));
  }

  private static Map<String, CountJson> counts(Map<ChangeKind, ChangeCount> counts) {
    Map<String, CountJson> m = new LinkedHashMap<>();
    for (ChangeKind kind : ChangeKind.values()) {
      ChangeCount c = counts.get(kind);
      m.put(kind.word(), new CountJson(c.edits(), c.wordsDeleted(), c.wordsInserted()));
    }
    return m;
  }

  private static LinkJson link(ArticleLink link) {
    return new LinkJson(link.oldArticles().stream().map(Article::number).toList(), link.newArticles().stream().map(Article::number).toList(),
        link.oldArticles().stream().map(Article::id).toList(), link.newArticles().stream().map(Article::id).toList(),
        EnumSet.copyOf(link.kinds()).stream().map(LinkKind::word).toList(), Json.rounded(link.confidence()), link.reason());
  }

  private static DivisionJson division(Division d) {
    return new DivisionJson(d.kind().name().toLowerCase(Locale.ROOT), d.label(), d.number(), d.title());
  }

  private static ArticlePartJson article(ArticleChange a, Comparison c, int link) {
    return new ArticlePartJson("article", link, a.oldArticle().map(ComparisonJson::article).orElse(null),
        a.newArticle().map(ComparisonJson::article).orElse(null), a.isChanged(), ArticleNotes.of(a, c), counts(a.counts()), TextChangeJson.of(a.heading()),
        a.headingMove().map(TextChangeJson::of).orElse(null),
        a.clauses().stream().map(ComparisonJson::clause).toList(), a.footnotes().stream().map(TextChangeJson::of).toList());
  }

  private static ArticleJson article(Article a) {
    return new ArticleJson(a.id(), a.number(), a.label(), a.title(), a.division().map(Division::label).orElse(""), a.provenance().line(),
        a.provenance().hasPage() ? a.provenance().page() : null);
  }

  private static ClauseJson clause(ClauseChange c) {
    MoveEndJson move = c.move().map(m -> new MoveEndJson(m.id(), c.isMoveSource() ? "source" : "target")).orElse(null);
    return new ClauseJson(c.oldClause().map(o -> o.path().toString()).orElse(null), c.newClause().map(n -> n.path().toString()).orElse(null),
        c.oldClause().map(Clause::id).orElse(null), c.newClause().map(Clause::id).orElse(null),
        c.clause().kind().name().toLowerCase(Locale.ROOT), c.depth(), move, TextChangeJson.of(c.text()), c.edits().stream().map(TextChangeJson::edit).toList());
  }
}

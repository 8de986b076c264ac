package dev.redline.report.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.ChangeStatus;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.DivisionChange;
import dev.redline.model.History;
import dev.redline.model.Inline;
import dev.redline.model.Lineage;
import dev.redline.model.LinkKind;
import dev.redline.model.Part;
import dev.redline.model.Segment;
import dev.redline.model.TextChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place that turns a {@link Comparison} (or a {@link History}) into the rows every format
 * renders, as java-diff-utils' {@code DiffRowGenerator} turns deltas into rows: a history's
 * concordance (one row per provision: HTML, Markdown, JSON, CSV), a comparison's concordance (one
 * row per article link), then the draft (its title, its preamble, its divisions and articles, each article
 * with its heading, its note, its edits, its clause rows and footnote rows). A row says what to
 * show and how it changed, in {@link Piece}s marked kept, deleted, inserted, moved from or moved to;
 * the writers only choose the markup (HTML elements, Markdown marks, Word runs). Stateless.
 */
public final class ReportRows {
  private ReportRows() {}

  /** How a piece of text changed, as every format marks it. */
  public enum Mark {
    /** In both drafts. */
    KEPT,
    /** Only in the old draft. */
    DELETED,
    /** Only in the new draft. */
    INSERTED,
    /** Where moved text stood. */
    MOVED_FROM,
    /** Where moved text went. */
    MOVED_TO
  }

  /**
   * A run of text and how it changed; one per segment of the diff, never merged, so a writer may
   * merge or split as its format needs.
   *
   * @param text the text as shown: the new draft's where kept, the old draft's where deleted or moved from
   * @param oldText the old draft's spelling of kept text (quotes, dashes, white space), else {@code text}
   * @param content {@code text} as structure: its runs and footnote references
   * @param segment the diff's segment a kept piece comes from, with its change of format if any
   */
  public record Piece(Mark mark, String text, String oldText, List<Inline> content, Optional<Segment> segment) {
    public Piece {
      content = List.copyOf(content);
    }

    /** Whether these kept words are set in another format than in the old draft. */
    public boolean reformatted() {
      return segment.map(Segment::isReformatted).orElse(false);
    }

    /** Whether the old draft writes this kept text differently. */
    public boolean restyled() {
      return !oldText.equals(text);
    }

    /** For kept words that the old draft sets in another format, the old draft's structure of them; empty otherwise. */
    public List<Inline> formerly() {
      return segment.map(Segment::formerly).orElse(List.of());
    }
  }

  /** Where a heading or clause stands against the old draft. */
  public enum Shape {
    /** In its place in both drafts, or only in one of them; its changes are its pieces. */
    IN_PLACE,
    /** Where a clause or article stood in the old draft before it moved. */
    MOVED_AWAY,
    /** Where a clause or article moved to in the new draft. */
    MOVED_HERE
  }

  /**
   * A line of the draft: an article's heading, a clause or a footnote.
   *
   * @param text the line's change (a moved line's pieces where it went come from its move's text:
   *     a clause's {@link dev.redline.model.ClauseMove#text()}, an article heading's {@link ArticleChange#headingMove()})
   * @param depth the clause's depth below its article (0 for headings and footnotes)
   * @param moveNote where a moved clause went or came from ({@code Moved to 24.3 in Rev.3.}); empty otherwise
   * @param clause the clause change the line shows; empty for headings, titles and footnotes
   * @param move for a moved line, the name both its ends share, unique within the draft ({@code 3} for
   *     a clause's move, {@code Article1} for the first moved article's heading); empty otherwise
   */
  public record Line(Shape shape, TextChange text, List<Piece> pieces, int depth, String moveNote, Optional<ClauseChange> clause, String move)
      implements Block {
    public Line {
      pieces = List.copyOf(pieces);
      if (move.isEmpty() != (shape == Shape.IN_PLACE)) {
        throw new IllegalArgumentException("a moved line, and only a moved line, names its move");
      }
    }

    /** Whether the line holds no text in either draft. */
    public boolean empty() {
      return text.segments().isEmpty();
    }

    @Override
    public boolean changed() {
      return text.status() != ChangeStatus.UNCHANGED;
    }

    /** How the line as a whole changed: inserted where only the new draft has it, deleted where only the old one does, else kept. */
    public Mark whole() {
      return switch (text.status()) {
        case INSERTED -> Mark.INSERTED;
        case DELETED -> Mark.DELETED;
        case UNCHANGED, MODIFIED -> Mark.KEPT;
      };
    }
  }

  /** What an article's body (or the preamble) holds, in order: a clause's line, or a table. */
  public sealed interface Block permits Line, TableBlock {
    /** Whether anything in it differs between the drafts. */
    boolean changed();
  }

  /** A table of the draft: its rows, each with its cells' changes ({@link TableChanges}). */
  public record TableBlock(TableChanges.Table table) implements Block {
    @Override
    public boolean changed() {
      return table.changed();
    }
  }

  /** A division heading or an article, in the new draft's order. */
  public sealed interface PartRow permits DivisionRow, ArticleRow {}

  /** A division's heading. */
  public record DivisionRow(DivisionChange change, Line heading) implements PartRow {}

  /**
   * An article as every format shows it.
   *
   * @param shown the article whose number and title name it: the new one, else the old
   * @param note what happened to it ({@link ArticleNotes#of(ArticleChange, Comparison)}); empty if nothing to say
   */
  public record ArticleRow(ArticleChange change, Article shown, Line heading, String note, List<Block> clauses, List<Line> footnotes)
      implements PartRow {
    public ArticleRow {
      clauses = List.copyOf(clauses);
      footnotes = List.copyOf(footnotes);
    }

    /**
     * Its edits by kind in words ({@code 1 substantive, 2 consequential}); empty if none. Worked out
     * when asked, as the Word redline never asks.
     */
    public String edits() {
      return ArticleNotes.edits(change.counts());
    }

    /** Whether a reader cares ({@link ArticleChange#changedBeyondNumbering()}): changed beyond its number. */
    public boolean matters() {
      return change.changedBeyondNumbering();
    }

    /** The link that says what happened to the article. */
    public ArticleLink link() {
      return change.link();
    }
  }

  /** The draft as rows: its title, its preamble's clauses, then its divisions and articles. */
  public record Draft(Line title, List<Block> preamble, List<PartRow> parts) {
    public Draft {
      preamble = List.copyOf(preamble);
      parts = List.copyOf(parts);
    }

    /** Whether anything in the preamble differs between the drafts. */
    public boolean preambleChanged() {
      return preamble.stream().anyMatch(Block::changed);
    }

    /** The article rows alone. */
    public List<ArticleRow> articles() {
      return parts.stream().filter(ArticleRow.class::isInstance).map(ArticleRow.class::cast).toList();
    }
  }

  /**
   * One article link of a comparison's concordance.
   *
   * @param oldNumbers its numbers in the old draft ({@code 31, 32}), or an em dash where it had none
   * @param newNumbers its numbers in the new draft, or an em dash
   * @param title the title of its first new article, else of its first old one, without its notes
   */
  public record ConcordanceRow(ArticleLink link, String oldNumbers, String newNumbers, String title) {}

  /** The comparison's concordance, in the order of its links (the new draft's). */
  public static List<ConcordanceRow> concordance(Comparison comparison) {
    List<ConcordanceRow> rows = new ArrayList<>();
    for (ArticleLink link : comparison.alignment().links()) {
      String title = (link.newArticles().isEmpty() ? link.oldArticles() : link.newArticles()).get(0).titleContent().withoutNoteRefs();
      rows.add(new ConcordanceRow(link, dash(link.oldNumbers()), dash(link.newNumbers()), title));
    }
    return rows;
  }

  /**
   * One provision of a history's concordance, followed through the drafts.
   *
   * @param numbers for each draft, the provision's article numbers there; empty where it does not exist
   * @param title its title in the latest draft where it exists
   * @param kinds for each step, what happened to it ({@code RENUMBERED, MODIFIED}), in the kinds'
   *     order; empty where nothing did
   */
  @JsonPropertyOrder({"title", "numbers", "changes"})
  public record ProvisionRow(List<List<String>> numbers, String title, @JsonIgnore List<List<LinkKind>> kinds) {
    public ProvisionRow {
      numbers = numbers.stream().map(List::copyOf).toList();
      kinds = kinds.stream().map(List::copyOf).toList();
    }

    /**
     * For each step, what happened to the provision, in words ({@code renumbered modified},
     * {@code references updated}); empty where nothing did.
     */
    @JsonProperty("changes")
    public List<String> changes() {
      return kinds.stream().map(k -> k.stream().map(LinkKind::word).collect(Collectors.joining(" "))).toList();
    }

    /** Whether anything happened to the provision at any step. */
    public boolean changed() {
      return kinds.stream().anyMatch(k -> !k.isEmpty());
    }
  }

  /** A history's concordance: one row per provision, in the order of the history's lineages. */
  public static List<ProvisionRow> concordance(History history) {
    List<ProvisionRow> rows = new ArrayList<>();
    for (Lineage lineage : history.lineages()) {
      List<List<String>> numbers = new ArrayList<>();
      for (List<Article> cell : lineage.articles()) {
        numbers.add(cell.stream().map(Article::number).toList());
      }
      List<List<LinkKind>> kinds = new ArrayList<>();
      for (int k = 0; k < history.steps().size(); k++) {
        kinds.add(change(history.alignment(k), lineage.articles().get(k), lineage.articles().get(k + 1)));
      }
      rows.add(new ProvisionRow(numbers, lineage.latest().map(a -> a.titleContent().withoutNoteRefs()).orElse(""), kinds));
    }
    return rows;
  }

  private static List<LinkKind> change(Alignment step, List<Article> before, List<Article> after) {
    if (before.isEmpty() && after.isEmpty()) {
      return List.of();
    }
    Article probe = after.isEmpty() ? before.get(0) : after.get(0);
    ArticleLink link = (after.isEmpty() ? step.linkOfOld(probe) : step.linkOfNew(probe)).orElseThrow();
    return link.is(LinkKind.UNCHANGED) ? List.of() : List.copyOf(EnumSet.copyOf(link.kinds()));
  }

  /** The comparison's draft as rows. */
  public static Draft draft(Comparison comparison) {
    List<PartRow> parts = new ArrayList<>();
    Map<ArticleLink, String> articleMoves = new IdentityHashMap<>();
    for (Part part : comparison.parts()) {
      if (part instanceof DivisionChange d) {
        parts.add(new DivisionRow(d, line(d.heading(), 0)));
      } else if (part instanceof ArticleChange a) {
        parts.add(article(a, comparison, articleMoves));
      }
    }
    return new Draft(line(comparison.title(), 0), clauses(comparison.preamble(), comparison), parts);
  }

  /** An article's row; {@code articleMoves} names each moved article's link, in the order met. */
  private static ArticleRow article(ArticleChange a, Comparison comparison, Map<ArticleLink, String> articleMoves) {
    boolean movedAway = a.link().isOneToOne() && a.newArticle().isEmpty();
    boolean movedHere = a.link().isOneToOne() && a.oldArticle().isEmpty();
    TextChange h = a.heading();
    String move = movedAway || movedHere ? articleMoves.computeIfAbsent(a.link(), l -> "Article" + (articleMoves.size() + 1)) : "";
    Line heading = movedAway ? new Line(Shape.MOVED_AWAY, h, List.of(movedFrom(h)), 0, "", Optional.empty(), move)
        : movedHere ? new Line(Shape.MOVED_HERE, h, movedHere(a.headingMove().orElseThrow()), 0, "", Optional.empty(), move)
        : line(h, 0);
    return new ArticleRow(a, a.newArticle().or(a::oldArticle).orElseThrow(), heading, ArticleNotes.of(a, comparison),
        clauses(a.clauses(), comparison), a.footnotes().stream().map(f -> line(f, 0)).toList());
  }

  private static List<Block> clauses(List<ClauseChange> clauses, Comparison comparison) {
    List<Block> lines = new ArrayList<>();
    for (TableChanges.Piece block : TableChanges.of(clauses)) {
      if (block instanceof TableChanges.Table table) {
        lines.add(new TableBlock(table));
        continue;
      }
      ClauseChange clause = ((TableChanges.Single) block).clause();
      int depth = clause.depth();
      if (clause.isMoveSource()) {
        lines.add(new Line(Shape.MOVED_AWAY, clause.text(), List.of(movedFrom(clause.text())), depth, ArticleNotes.of(clause, comparison),
            Optional.of(clause), String.valueOf(clause.move().orElseThrow().id())));
      } else if (clause.isMoveTarget()) {
        lines.add(new Line(Shape.MOVED_HERE, clause.text(), movedHere(clause.move().orElseThrow().text()), depth, ArticleNotes.of(clause, comparison),
            Optional.of(clause), String.valueOf(clause.move().orElseThrow().id())));
      } else {
        Line line = line(clause.text(), depth);
        lines.add(new Line(line.shape(), line.text(), line.pieces(), depth, "", Optional.of(clause), ""));
      }
    }
    return lines;
  }

  /** A whole line where it stood before it moved: the old draft's side, restyled runs in the old spelling. */
  private static Piece movedFrom(TextChange change) {
    List<Inline> content = new ArrayList<>();
    for (Segment s : change.segments()) {
      if (s.op() != Segment.Op.INSERT) {
        content.addAll(s.isRestyled() ? List.of(new Inline.Run(s.oldText())) : s.isReformatted() ? s.formerly() : s.content());
      }
    }
    return new Piece(Mark.MOVED_FROM, change.oldText(), change.oldText(), content, Optional.empty());
  }

  /**
   * A line where it moved to, from the edit of its move (old line to new): what it kept as moved,
   * the words it gained on the way inserted; what it lost shows where it stood.
   */
  private static List<Piece> movedHere(TextChange move) {
    List<Piece> pieces = new ArrayList<>();
    for (Segment s : move.segments()) {
      switch (s.op()) {
        case EQUAL -> pieces.add(new Piece(Mark.MOVED_TO, s.text(), s.text(), s.content(), Optional.empty()));
        case INSERT -> pieces.add(new Piece(Mark.INSERTED, s.text(), s.text(), s.content(), Optional.empty()));
        case DELETE -> { }
      }
    }
    return pieces;
  }

  /** A line of text in its place, such as a table's cell: each segment a piece. */
  public static Line inPlace(TextChange change) {
    return line(change, 0);
  }

  /** A line in its place: each segment a piece. */
  private static Line line(TextChange change, int depth) {
    List<Piece> pieces = new ArrayList<>();
    for (Segment s : change.segments()) {
      pieces.add(switch (s.op()) {
        case EQUAL -> new Piece(Mark.KEPT, s.text(), s.oldText(), s.content(), Optional.of(s));
        case DELETE -> new Piece(Mark.DELETED, s.text(), s.text(), s.content(), Optional.empty());
        case INSERT -> new Piece(Mark.INSERTED, s.text(), s.text(), s.content(), Optional.empty());
      });
    }
    return new Line(Shape.IN_PLACE, change, pieces, depth, "", Optional.empty(), "");
  }

  /** Numbers as shown, an em dash for none ({@link ArticleLink#oldNumbers()} writes {@code -}). */
  private static String dash(String numbers) {
    return numbers.equals("-") ? "\u2014" : numbers;
  }
}

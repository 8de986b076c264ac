package dev.redline.diff;

import dev.redline.internal.Sequences;
import dev.redline.model.Alignment;
import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ArticleLink;
import dev.redline.model.ChangeCount;
import dev.redline.model.ChangeKind;
import dev.redline.model.ChangeStatus;
import dev.redline.model.Clause;
import dev.redline.model.ClauseChange;
import dev.redline.model.ClauseKind;
import dev.redline.model.ClauseMove;
import dev.redline.model.Comparison;
import dev.redline.model.Division;
import dev.redline.model.DivisionChange;
import dev.redline.model.Draft;
import dev.redline.model.Edit;
import dev.redline.model.Footnote;
import dev.redline.model.InlineText;
import dev.redline.model.LinkKind;
import dev.redline.model.Part;
import dev.redline.model.Statistics;
import dev.redline.model.TextChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares aligned drafts clause by clause and word by word, says what kind of change each edit
 * is, and lays the result out in reading order as a {@link Comparison}. Stateless and thread-safe.
 *
 * <p>Inside each pair of aligned articles, paragraphs, subparagraphs and items are paired by their
 * text, not their labels, so a relettered clause shows only its new label; a clause that changed
 * its place is reported as moved (see {@link ClauseMove}). Clauses also move between articles:
 * those of an article moved out of order, split or merged are paired among the articles of its
 * link, and a clause deleted from one article and inserted, nearly unchanged, into another is
 * paired wherever it went. Cross-references are consequential when they follow the renumbering the
 * alignment gives: of articles by its links, of paragraphs and footnotes by the pairs found inside
 * and between aligned articles.
 */
public final class ClauseDiffer {

  /** The comparison of the two drafts of an alignment. */
  public Comparison compare(Alignment alignment) {
    Draft oldDraft = alignment.oldDraft();
    Draft newDraft = alignment.newDraft();
    List<Object> oldUnits = DraftText.units(oldDraft);
    List<Object> newUnits = DraftText.units(newDraft);
    Map<Object, Object> pairs = pairs(alignment, oldUnits, newUnits);
    Map<String, ArticleLink> linkOfOld = new HashMap<>(); // by article id, one map per draft
    Map<String, ArticleLink> linkOfNew = new HashMap<>();
    for (ArticleLink link : alignment.links()) {
      link.oldArticles().forEach(a -> linkOfOld.put(a.id(), link));
      link.newArticles().forEach(a -> linkOfNew.put(a.id(), link));
    }

    List<Object[]> order = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (int[] pair : inOrder(oldUnits, newUnits, pairs)) {
      while (i < pair[0]) {
        order.add(new Object[] {oldUnits.get(i++), null});
      }
      while (j < pair[1]) {
        order.add(new Object[] {null, newUnits.get(j++)});
      }
      order.add(new Object[] {oldUnits.get(i++), newUnits.get(j++)});
    }
    while (i < oldUnits.size()) {
      order.add(new Object[] {oldUnits.get(i++), null});
    }
    while (j < newUnits.size()) {
      order.add(new Object[] {null, newUnits.get(j++)});
    }

    @SuppressWarnings("ArrayAsKeyOfSetOrMap") // each unit is its own key: identity is what is meant
    Map<Object[], Plan> plans = new LinkedHashMap<>(); // arrays hash by identity; kept in reading order
    MoveBook book = new MoveBook();
    Items items = new Items();
    for (Object[] unit : order) {
      Object u = unit[0] != null ? unit[0] : unit[1];
      if (u instanceof Article) {
        plans.put(unit, plan((Article) unit[0], (Article) unit[1], book, items));
      }
    }
    Plan preamble = new Plan(null, null, oldDraft.preamble(), newDraft.preamble(), List.of(), List.of(), book, items);
    List<Plan> planList = List.copyOf(plans.values());
    movesWithinLinks(alignment, planList, book, items);
    movesFar(planList, book, items);

    Renumbering.Builder numbers = new Renumbering.Builder();
    for (ArticleLink link : alignment.links()) {
      for (Article o : link.oldArticles()) {
        for (Article n : link.newArticles()) {
          numbers.article(o.number(), n.number());
        }
      }
    }
    plans.values().forEach(p -> p.addNumbers(numbers));
    book.addNumbers(numbers);
    Renumbering renumbering = numbers.build();

    TextChange title = WordDiffer.diff(line(oldDraft.titleContent()), line(newDraft.titleContent()), Context.NONE);
    List<ClauseChange> recitals = preamble.clauseChanges(new Context(renumbering, "", ""), renumbering, book);
    List<Part> parts = new ArrayList<>();
    for (Object[] unit : order) {
      Object u = unit[0] != null ? unit[0] : unit[1];
      if (u instanceof Division) {
        parts.add(division((Division) unit[0], (Division) unit[1]));
      } else {
        ArticleLink link = unit[0] != null ? linkOfOld.get(((Article) unit[0]).id()) : linkOfNew.get(((Article) unit[1]).id());
        parts.add(article(link, plans.get(unit), renumbering, book));
      }
    }
    Alignment classified = classified(alignment, parts);
    return new Comparison(
        oldDraft, newDraft, classified, title, recitals, parts, statistics(classified, title, recitals, parts));
  }

  /**
   * The alignment with each link's kinds as the edits say, and the parts (replaced in place) under
   * those links: a link the aligner calls modified is {@link LinkKind#REFERENCES_UPDATED} where
   * every edit of its articles' bodies follows a renumbering, and loses {@link LinkKind#MODIFIED}
   * where nothing a reader would notice changed; a link whose words are the same but some of them
   * set differently is {@link LinkKind#REFORMATTED}.
   */
  private static Alignment classified(Alignment alignment, List<Part> parts) {
    Map<ArticleLink, List<ArticleChange>> changesOf = new IdentityHashMap<>();
    for (Part part : parts) {
      if (part instanceof ArticleChange a) {
        changesOf.computeIfAbsent(a.link(), k -> new ArrayList<>()).add(a);
      }
    }
    Map<ArticleLink, ArticleLink> replaced = new IdentityHashMap<>();
    List<ArticleLink> links = new ArrayList<>();
    for (ArticleLink link : alignment.links()) {
      ArticleLink now = classified(link, changesOf.getOrDefault(link, List.of()));
      replaced.put(link, now);
      links.add(now);
    }
    parts.replaceAll(p -> p instanceof ArticleChange a && replaced.get(a.link()) != a.link() ? a.withLink(replaced.get(a.link())) : p);
    return new Alignment(alignment.oldDraft(), alignment.newDraft(), links);
  }

  /**
   * The link with its kinds as the edits of its article changes say (see {@link
   * LinkKind#REFERENCES_UPDATED} and {@link LinkKind#REFORMATTED}).
   */
  private static ArticleLink classified(ArticleLink link, List<ArticleChange> changes) {
    boolean oneToOne = link.isOneToOne() && !link.is(LinkKind.SPLIT) && !link.is(LinkKind.MERGED);
    if (changes.isEmpty() || !link.is(LinkKind.MODIFIED) && !oneToOne) {
      return link;
    }
    boolean wording = false;
    boolean references = false;
    boolean formatting = false;
    for (ArticleChange change : changes) {
      for (Edit edit : change.heading().edits()) {
        formatting |= edit.kind() == ChangeKind.FORMATTING;
      }
      for (ClauseChange clause : change.clauses()) {
        wording |= clause.move().isPresent();
        for (Edit edit : clause.edits()) {
          wording |= edit.kind() != ChangeKind.CONSEQUENTIAL && edit.kind() != ChangeKind.FORMATTING;
          references |= edit.kind() == ChangeKind.CONSEQUENTIAL;
          formatting |= edit.kind() == ChangeKind.FORMATTING;
        }
      }
      for (TextChange footnote : change.footnotes()) {
        wording |= footnote.status() == ChangeStatus.INSERTED || footnote.status() == ChangeStatus.DELETED;
        for (Edit edit : footnote.edits()) {
          wording |= edit.kind() != ChangeKind.CONSEQUENTIAL && edit.kind() != ChangeKind.NUMBERING && edit.kind() != ChangeKind.FORMATTING;
          references |= edit.kind() == ChangeKind.CONSEQUENTIAL || edit.kind() == ChangeKind.NUMBERING;
          formatting |= edit.kind() == ChangeKind.FORMATTING;
        }
      }
    }
    if (wording && link.is(LinkKind.MODIFIED) || !link.is(LinkKind.MODIFIED) && !formatting) {
      return link;
    }
    EnumSet<LinkKind> kinds = EnumSet.copyOf(link.kinds());
    kinds.remove(LinkKind.MODIFIED);
    kinds.remove(LinkKind.UNCHANGED);
    if (references) {
      kinds.add(LinkKind.REFERENCES_UPDATED);
    }
    if (formatting && oneToOne) {
      kinds.add(LinkKind.REFORMATTED);
    }
    if (kinds.isEmpty()) {
      kinds.add(LinkKind.UNCHANGED);
    }
    return link.withKinds(kinds);
  }

  /**
   * The change of one pair of articles: the link says which, and the renumbering which other
   * articles, paragraphs and footnotes were renumbered; the articles' own numbers, and the
   * paragraphs and footnotes paired between them, are added to it. Move ids start from 1.
   *
   * @throws IllegalArgumentException if the link does not have exactly one article on each side
   */
  public ArticleChange compare(ArticleLink link, Renumbering renumbering) {
    if (!link.isOneToOne()) {
      throw new IllegalArgumentException("a link with one article on each side is needed: " + link);
    }
    MoveBook book = new MoveBook();
    Plan plan = plan(link.oldArticles().get(0), link.newArticles().get(0), book, new Items());
    Renumbering.Builder numbers = new Renumbering.Builder();
    plan.addNumbers(numbers);
    book.addNumbers(numbers);
    ArticleChange change = article(link, plan, renumbering.with(numbers.build()), book);
    return change.withLink(classified(link, List.of(change)));
  }

  /** The clause changes between two versions of an article, in reading order, with no other renumbering known. */
  public List<ClauseChange> diff(Article oldArticle, Article newArticle) {
    ArticleLink link =
        new ArticleLink(List.of(oldArticle), List.of(newArticle), Set.of(LinkKind.MODIFIED), 1, "compared directly");
    return compare(link, Renumbering.none()).clauses();
  }

  /**
   * The plan of one pair of articles. A new article marked {@code (Non modifié)} that prints no
   * text stands for the old article's text, so it is compared as that text, unchanged.
   */
  private static Plan plan(Article oldArticle, Article newArticle, MoveBook book, Items items) {
    Article newText = newArticle != null && oldArticle != null && newArticle.standsForPreviousText() ? oldArticle : newArticle;
    return new Plan(
        oldArticle,
        newArticle,
        oldArticle == null ? List.of() : TableChanges.outsideTables(oldArticle),
        newText == null ? List.of() : TableChanges.outsideTables(newText),
        oldArticle == null ? List.of() : oldArticle.footnotes(),
        newText == null ? List.of() : newText.footnotes(),
        book,
        items);
  }

  /**
   * Pairs the clauses left over in the articles of each link that spans several places: a split, a
   * merge, or an article moved out of order. They keep their order where they can; the others move.
   */
  private static void movesWithinLinks(Alignment alignment, List<Plan> plans, MoveBook book, Items items) {
    Map<String, Integer> planOfOld = new HashMap<>(); // by article id in the old draft
    Map<String, Integer> planOfNew = new HashMap<>(); // by article id in the new draft
    for (int k = 0; k < plans.size(); k++) {
      Plan p = plans.get(k);
      if (p.oldArticle != null) {
        planOfOld.putIfAbsent(p.oldArticle.id(), k);
      }
      if (p.newArticle != null) {
        planOfNew.putIfAbsent(p.newArticle.id(), k);
      }
    }
    for (ArticleLink link : alignment.links()) {
      List<Plan> olds = plansOf(link.oldArticles(), planOfOld, plans);
      List<Plan> news = plansOf(link.newArticles(), planOfNew, plans);
      if (olds.isEmpty() || news.isEmpty() || olds.size() == 1 && news.size() == 1 && olds.get(0) == news.get(0)) {
        continue;
      }
      List<Clause> leftOld = new ArrayList<>();
      List<Article> leftOldArticles = new ArrayList<>();
      for (Plan p : olds) {
        for (Clause c : p.leftoverOld()) {
          leftOld.add(c);
          leftOldArticles.add(p.oldArticle);
        }
      }
      List<Clause> leftNew = new ArrayList<>();
      List<Article> leftNewArticles = new ArrayList<>();
      for (Plan p : news) {
        for (Clause c : p.leftoverNew()) {
          leftNew.add(c);
          leftNewArticles.add(p.newArticle);
        }
      }
      LineAligner.Result result = LineAligner.align(items.of(leftOld), items.of(leftNew), true, false);
      for (LineAligner.Step step : result.steps()) {
        if (step.oldIndex() >= 0 && step.newIndex() >= 0) {
          book.add(leftOld.get(step.oldIndex()), leftOldArticles.get(step.oldIndex()), leftNew.get(step.newIndex()), leftNewArticles.get(step.newIndex()));
        }
      }
      result.moves().forEach((o, n) -> book.add(leftOld.get(o), leftOldArticles.get(o), leftNew.get(n), leftNewArticles.get(n)));
    }
  }

  /** The plans that hold these articles, in reading order. */
  private static List<Plan> plansOf(List<Article> articles, Map<String, Integer> planOf, List<Plan> plans) {
    return articles.stream().map(a -> planOf.get(a.id())).filter(java.util.Objects::nonNull).sorted().distinct().map(plans::get).toList();
  }

  /** Pairs clauses deleted from one article and inserted, nearly unchanged, into any other. */
  private static void movesFar(Collection<Plan> plans, MoveBook book, Items items) {
    List<Clause> leftOld = new ArrayList<>();
    List<Article> leftOldArticles = new ArrayList<>();
    List<Clause> leftNew = new ArrayList<>();
    List<Article> leftNewArticles = new ArrayList<>();
    for (Plan p : plans) {
      for (Clause c : p.leftoverOld()) {
        leftOld.add(c);
        leftOldArticles.add(p.oldArticle);
      }
      for (Clause c : p.leftoverNew()) {
        leftNew.add(c);
        leftNewArticles.add(p.newArticle);
      }
    }
    LineAligner.farMoves(items.of(leftOld), items.of(leftNew))
        .forEach((o, n) -> book.add(leftOld.get(o), leftOldArticles.get(o), leftNew.get(n), leftNewArticles.get(n)));
  }

  /**
   * Which old clause moved to which new clause, within or between articles, and the one {@link
   * ClauseMove} both ends share, made when the first end is laid out so that ids follow reading
   * order. One per comparison; not thread-safe. Old clauses are keyed by their id in the old draft,
   * new clauses by theirs in the new draft.
   */
  private static final class MoveBook {
    private final Map<String, Clause> oldClauses = new HashMap<>();
    private final Map<String, Clause> toNew = new LinkedHashMap<>();
    private final Map<String, Clause> toOld = new HashMap<>();
    private final Map<String, Article> oldArticleOf = new HashMap<>();
    private final Map<String, Article> newArticleOf = new HashMap<>();
    private final Map<String, ClauseMove> made = new HashMap<>();
    private int lastId;

    void add(Clause oldClause, Article oldArticle, Clause newClause, Article newArticle) {
      if (toNew.containsKey(oldClause.id()) || toOld.containsKey(newClause.id())) {
        return;
      }
      oldClauses.put(oldClause.id(), oldClause);
      toNew.put(oldClause.id(), newClause);
      toOld.put(newClause.id(), oldClause);
      if (oldArticle != null) {
        oldArticleOf.put(oldClause.id(), oldArticle);
      }
      if (newArticle != null) {
        newArticleOf.put(newClause.id(), newArticle);
      }
    }

    boolean movedAway(Clause oldClause) {
      return toNew.containsKey(oldClause.id());
    }

    boolean movedHere(Clause newClause) {
      return toOld.containsKey(newClause.id());
    }

    /** The move of an old clause, made on first use. */
    ClauseMove move(Clause oldClause, Renumbering renumbering) {
      return made.computeIfAbsent(oldClause.id(), id -> {
        Clause n = toNew.get(id);
        Context context = new Context(renumbering, number(oldArticleOf.get(id)), number(newArticleOf.get(n.id())));
        return new ClauseMove(++lastId, oldClause, n, WordDiffer.diff(line(oldClause), line(n), context));
      });
    }

    Clause origin(Clause newClause) {
      return toOld.get(newClause.id());
    }

    /** Numbered paragraphs that moved, within or between articles. */
    void addNumbers(Renumbering.Builder numbers) {
      toNew.forEach((id, n) -> {
        Clause o = oldClauses.get(id);
        Article a = oldArticleOf.get(id);
        Article b = newArticleOf.get(n.id());
        if (a != null && b != null && o.kind() == ClauseKind.PARAGRAPH && n.kind() == ClauseKind.PARAGRAPH) {
          numbers.paragraph(a.number(), o.label(), b.number(), n.label());
        }
      });
    }

    private static String number(Article article) {
      return article == null ? "" : article.number();
    }
  }

  /** The clauses and footnotes of an article pair (or of one article, or of the preambles), paired. */
  private static final class Plan {
    final Article oldArticle;
    final Article newArticle;
    final List<Clause> olds;
    final List<Clause> news;
    final List<Footnote> oldNotes;
    final List<Footnote> newNotes;
    final LineAligner.Result clauses;
    final LineAligner.Result notes;
    private final MoveBook book;

    Plan(
        Article oldArticle,
        Article newArticle,
        List<Clause> olds,
        List<Clause> news,
        List<Footnote> oldNotes,
        List<Footnote> newNotes,
        MoveBook book,
        Items items) {
      this.oldArticle = oldArticle;
      this.newArticle = newArticle;
      this.olds = olds;
      this.news = news;
      this.oldNotes = oldNotes;
      this.newNotes = newNotes;
      this.clauses = LineAligner.align(items.of(olds), items.of(news));
      this.notes = LineAligner.align(items.notes(oldNotes), items.notes(newNotes), false, true);
      clauses.moves().forEach((o, n) -> book.add(olds.get(o), oldArticle, news.get(n), newArticle));
      this.book = book;
    }

    /** Old clauses that are neither paired nor moved yet; tables never move. */
    List<Clause> leftoverOld() {
      return clauses.steps().stream()
          .filter(s -> s.newIndex() < 0)
          .map(s -> olds.get(s.oldIndex()))
          .filter(c -> !book.movedAway(c) && c.kind() != ClauseKind.TABLE)
          .toList();
    }

    /** New clauses that are neither paired nor moved yet; tables never move. */
    List<Clause> leftoverNew() {
      return clauses.steps().stream()
          .filter(s -> s.oldIndex() < 0)
          .map(s -> news.get(s.newIndex()))
          .filter(c -> !book.movedHere(c) && c.kind() != ClauseKind.TABLE)
          .toList();
    }

    /** The article's own number, the numbered paragraphs and the footnotes paired between the two articles. */
    void addNumbers(Renumbering.Builder numbers) {
      if (oldArticle == null || newArticle == null) {
        return;
      }
      numbers.article(oldArticle.number(), newArticle.number());
      for (LineAligner.Step s : clauses.steps()) {
        if (s.oldIndex() >= 0 && s.newIndex() >= 0) {
          Clause a = olds.get(s.oldIndex());
          Clause b = news.get(s.newIndex());
          if (a.kind() == ClauseKind.PARAGRAPH && b.kind() == ClauseKind.PARAGRAPH) {
            numbers.paragraph(oldArticle.number(), a.label(), newArticle.number(), b.label());
          }
        }
      }
      for (LineAligner.Step s : notes.steps()) {
        if (s.oldIndex() >= 0 && s.newIndex() >= 0) {
          numbers.footnote(oldNotes.get(s.oldIndex()).marker(), newNotes.get(s.newIndex()).marker());
        }
      }
    }

    Context context(Renumbering renumbering) {
      return new Context(
          renumbering, oldArticle == null ? "" : oldArticle.number(), newArticle == null ? "" : newArticle.number());
    }

    List<ClauseChange> clauseChanges(Context context, Renumbering renumbering, MoveBook book) {
      List<ClauseChange> changes = new ArrayList<>();
      for (LineAligner.Step step : clauses.steps()) {
        Optional<Clause> o = step.oldIndex() < 0 ? Optional.empty() : Optional.of(olds.get(step.oldIndex()));
        Optional<Clause> n = step.newIndex() < 0 ? Optional.empty() : Optional.of(news.get(step.newIndex()));
        if (o.or(() -> n).orElseThrow().kind() == ClauseKind.TABLE) {
          changes.addAll(TableChanges.of(o, n, context));
        } else if (n.isEmpty() && book.movedAway(o.get())) {
          ClauseMove move = book.move(o.get(), renumbering);
          changes.add(new ClauseChange(o, n, WordDiffer.moved(line(o.get()), false), Optional.of(move)));
        } else if (o.isEmpty() && book.movedHere(n.get())) {
          ClauseMove move = book.move(book.origin(n.get()), renumbering);
          changes.add(new ClauseChange(o, n, WordDiffer.moved(line(n.get()), true), Optional.of(move)));
        } else {
          changes.add(
              new ClauseChange(
                  o, n, WordDiffer.diff(o.map(ClauseDiffer::line).orElse(null), n.map(ClauseDiffer::line).orElse(null), context)));
        }
      }
      return changes;
    }

    List<TextChange> footnoteChanges(Context context) {
      List<TextChange> changes = new ArrayList<>();
      for (LineAligner.Step step : notes.steps()) {
        Line o = step.oldIndex() < 0 ? null : line(oldNotes.get(step.oldIndex()));
        Line n = step.newIndex() < 0 ? null : line(newNotes.get(step.newIndex()));
        changes.add(WordDiffer.diff(o, n, context));
      }
      return changes;
    }

  }

  /**
   * The line of each clause for {@link LineAligner}, made once per comparison, so that a clause
   * paired within its article, then among the articles of its link, then anywhere, is cut into
   * words once. Not thread-safe; one per comparison.
   */
  private static final class Items {
    private final Map<Clause, LineAligner.Item> made = new IdentityHashMap<>();
    /** The comparison's words, numbered, so that lines compare sets of numbers. */
    private final Map<String, Integer> numbers = new HashMap<>();

    List<LineAligner.Item> of(List<Clause> clauses) {
      List<LineAligner.Item> list = new ArrayList<>(clauses.size());
      for (Clause c : clauses) {
        list.add(made.computeIfAbsent(c, k -> k.kind() == ClauseKind.TABLE
            ? TableChanges.item(k, numbers)
            : new LineAligner.Item(k.kind().name(), k.label(), k.text(), numbers)));
      }
      return list;
    }

    List<LineAligner.Item> notes(List<Footnote> notes) {
      return notes.stream().map(f -> new LineAligner.Item("FOOTNOTE", f.marker(), f.text(), numbers)).toList();
    }
  }

  private static Line line(InlineText text) {
    return text.plain().isEmpty() ? null : new Line("", "", text);
  }

  static Line line(Clause clause) {
    return Line.labelled(clause.displayLabel(), clause.content());
  }

  private static Line line(Footnote footnote) {
    return new Line(footnote.marker(), " ", footnote.text());
  }

  private static Line heading(String label, InlineText title) {
    return new Line(label, title.plain().isEmpty() ? "" : ". ", title);
  }

  /** Units that correspond: aligned articles (the first of each split or merge) and like headings. */
  private static Map<Object, Object> pairs(Alignment alignment, List<Object> oldUnits, List<Object> newUnits) {
    Map<Object, Object> pairs = new IdentityHashMap<>();
    for (ArticleLink link : alignment.links()) {
      if (!link.oldArticles().isEmpty() && !link.newArticles().isEmpty()) {
        pairs.put(link.oldArticles().get(0), link.newArticles().get(0));
      }
    }
    Map<String, Division> byTitle = new HashMap<>();
    Map<String, Division> byNumber = new HashMap<>();
    for (Object u : newUnits) {
      if (u instanceof Division d) {
        byTitle.putIfAbsent(d.kind() + "|" + normal(d.title()), d);
        byNumber.putIfAbsent(d.kind() + "|" + d.number(), d);
      }
    }
    IdentityHashMap<Division, Boolean> taken = new IdentityHashMap<>();
    for (Object u : oldUnits) {
      if (u instanceof Division d) {
        Division match = byTitle.get(d.kind() + "|" + normal(d.title()));
        if (match == null || taken.containsKey(match)) {
          match = byNumber.get(d.kind() + "|" + d.number());
        }
        if (match != null && !taken.containsKey(match)) {
          taken.put(match, true);
          pairs.put(d, match);
        }
      }
    }
    return pairs;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** The pairs that keep their order on both sides (a longest such run), as index pairs. */
  private static List<int[]> inOrder(List<Object> oldUnits, List<Object> newUnits, Map<Object, Object> pairs) {
    Map<Object, Integer> newIndex = new IdentityHashMap<>();
    for (int j = 0; j < newUnits.size(); j++) {
      newIndex.put(newUnits.get(j), j);
    }
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < oldUnits.size(); i++) {
      Object partner = pairs.get(oldUnits.get(i));
      if (partner != null) {
        candidates.add(new int[] {i, newIndex.get(partner)});
      }
    }
    int[] values = candidates.stream().mapToInt(c -> c[1]).toArray();
    return Sequences.longestIncreasingRun(values).stream().map(candidates::get).toList();
  }

  private static DivisionChange division(Division oldDivision, Division newDivision) {
    Optional<Division> o = Optional.ofNullable(oldDivision);
    Optional<Division> n = Optional.ofNullable(newDivision);
    return new DivisionChange(
        o,
        n,
        WordDiffer.diff(
            o.map(d -> heading(d.label(), d.titleContent())).orElse(null),
            n.map(d -> heading(d.label(), d.titleContent())).orElse(null),
            Context.NONE));
  }

  private static ArticleChange article(ArticleLink link, Plan plan, Renumbering renumbering, MoveBook book) {
    Optional<Article> o = Optional.ofNullable(plan.oldArticle);
    Optional<Article> n = Optional.ofNullable(plan.newArticle);
    Context context = plan.context(renumbering);
    Line oldHeading = o.map(a -> heading(a.label(), a.titleContent())).orElse(null);
    Line newHeading =
        n.map(a -> heading(a.label(), a.standsForPreviousText() && a.title().isEmpty() && o.isPresent() ? o.get().titleContent() : a.titleContent()))
            .orElse(null);
    boolean movedArticle = link.isOneToOne() && (o.isEmpty() || n.isEmpty());
    TextChange heading =
        movedArticle
            ? WordDiffer.moved(o.isPresent() ? oldHeading : newHeading, n.isPresent())
            : WordDiffer.diff(oldHeading, newHeading, context);
    Optional<TextChange> headingMove = Optional.empty();
    if (movedArticle && n.isPresent()) {
      Article from = link.oldArticles().get(0);
      headingMove = Optional.of(WordDiffer.diff(heading(from.label(), from.titleContent()), newHeading, context));
    }
    return new ArticleChange(
        link, o, n, heading, plan.clauseChanges(context, renumbering, book), plan.footnoteChanges(context), headingMove);
  }

  private static Statistics statistics(
      Alignment alignment, TextChange title, List<ClauseChange> preamble, List<Part> parts) {
    Map<LinkKind, Integer> counts = new EnumMap<>(LinkKind.class);
    for (ArticleLink link : alignment.links()) {
      link.kinds().forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    List<Map<ChangeKind, ChangeCount>> kinds = new ArrayList<>();
    kinds.add(ChangeCount.byKind(title.edits()));
    List<ClauseChange> clauses = new ArrayList<>(preamble);
    preamble.forEach(c -> kinds.add(ChangeCount.byKind(c.edits())));
    int onlyRenumbered = 0;
    for (Part part : parts) {
      if (part instanceof ArticleChange a) {
        kinds.add(a.counts());
        clauses.addAll(a.clauses());
        if (a.link().is(LinkKind.RENUMBERED) && !a.changedBeyondNumbering()) {
          onlyRenumbered++;
        }
      } else if (part instanceof DivisionChange d) {
        kinds.add(ChangeCount.byKind(d.heading().edits()));
      }
    }
    Map<ChangeStatus, Integer> byStatus = new EnumMap<>(ChangeStatus.class);
    int moved = 0;
    int wordsMoved = 0;
    for (ClauseChange c : clauses) {
      if (c.isMoveTarget()) {
        moved++;
        wordsMoved += c.move().orElseThrow().words();
      } else if (!c.isMoveSource() && c.clause().kind() != ClauseKind.TABLE && c.clause().kind() != ClauseKind.ROW) {
        byStatus.merge(c.text().status(), 1, Integer::sum); // a table or row is counted through its cells
      }
    }
    return new Statistics(
        alignment.oldDraft().articles().size(),
        alignment.newDraft().articles().size(),
        counts,
        onlyRenumbered,
        byStatus.getOrDefault(ChangeStatus.MODIFIED, 0),
        byStatus.getOrDefault(ChangeStatus.INSERTED, 0),
        byStatus.getOrDefault(ChangeStatus.DELETED, 0),
        moved,
        wordsMoved,
        ChangeCount.sum(kinds));
  }
}

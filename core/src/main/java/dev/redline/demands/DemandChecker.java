package dev.redline.demands;

import dev.redline.model.Article;
import dev.redline.model.ArticleChange;
import dev.redline.model.ChangeStatus;
import dev.redline.model.Clause;
import dev.redline.model.ClausePath;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.Demand;
import dev.redline.model.DemandCheck;
import dev.redline.model.DemandStatus;
import dev.redline.model.DemandTarget;
import dev.redline.model.Draft;
import dev.redline.model.Edit;
import dev.redline.model.Evidence;
import dev.redline.model.Finding;
import dev.redline.model.History;
import dev.redline.model.Lineage;
import dev.redline.model.TextChange;
import dev.redline.model.Tracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks demands against every draft of a history. A target is found in the demand's numbering
 * draft and followed to every other draft through the history's comparisons: an article by the
 * alignment's links, a paragraph by the clause pairs and moves the differ found; a topic is found
 * afresh in each draft by its key phrases. The change quoted with each clause is the differ's
 * {@link TextChange} from the previous draft.
 *
 * <p>Status rules: all of the check met is {@link DemandStatus#ADOPTED}, some is {@link
 * DemandStatus#PARTLY_ADOPTED}, none is {@link DemandStatus#NOT_ADOPTED}; less met than in an
 * earlier draft is {@link DemandStatus#REVERSED}; a target absent from the draft is {@link
 * DemandStatus#TARGET_NOT_FOUND} (but a target to be deleted that existed before and is gone is
 * adopted); a phrase check that finds nothing while the target's wording changed since the previous
 * draft, as the differ found it (a clause in or out, or an edit of words: numbers, references,
 * punctuation and brackets aside), is {@link DemandStatus#NEEDS_REVIEW}.
 *
 * <p>Stateless and thread-safe.
 */
public final class DemandChecker {
  /** A checker of demands; it holds no state, so one serves every history. */
  public DemandChecker() {}

  /** At most this many clauses are quoted per target; the explanation says how many matched. */
  private static final int MAX_QUOTES = 10;

  /**
   * The tracker of these demands over the history.
   *
   * @throws DemandsFileException if a demand names a revision that is not in the history, or a
   *     target that does not exist in its numbering draft
   */
  public Tracker check(History history, DemandsFile file) throws DemandsFileException {
    List<Pairs> pairs = history.steps().stream().map(Pairs::new).toList();
    List<List<Finding>> findings = new ArrayList<>();
    for (Demand demand : file.demands()) {
      int numbering = numberingDraft(history, demand, file);
      for (DemandTarget target : demand.targets()) {
        if (target instanceof DemandTarget.Provision p) {
          resolveInNumberingDraft(history, numbering, p, file);
        }
      }
      findings.add(findings(history, pairs, demand, numbering));
    }
    return new Tracker(history, file.demands(), findings);
  }

  private static int numberingDraft(History history, Demand demand, DemandsFile file) throws DemandsFileException {
    if (demand.targets().stream().noneMatch(t -> t instanceof DemandTarget.Provision)) {
      return -1;
    }
    List<String> revisions = history.drafts().stream().map(Draft::revision).toList();
    int index = revisions.indexOf(demand.numbering());
    if (index < 0) {
      throw new DemandsFileException(
          file.file(), demand.position(), "numbering",
          "expected one of the drafts given (" + String.join(", ", revisions) + "), found '" + demand.numbering() + "'");
    }
    return index;
  }

  private static Clause resolveInNumberingDraft(
      History history, int numbering, DemandTarget.Provision p, DemandsFile file) throws DemandsFileException {
    Draft draft = history.drafts().get(numbering);
    Article article =
        draft.article(p.article())
            .orElseThrow(
                () -> new DemandsFileException(
                    file.file(), p.position(), "target",
                    "expected an article of " + draft.revision() + ", found " + p.article() + ", which " + draft.revision()
                        + " does not have (it has " + draft.articles().get(0).number() + " to "
                        + draft.articles().get(draft.articles().size() - 1).number() + ")"));
    if (p.labels().isEmpty()) {
      return null;
    }
    ClausePath path = new ClausePath(ClausePath.articlePart(article.number()), p.labels());
    return article.allClauses()
        .filter(c -> c.path().equals(path))
        .findFirst()
        .orElseThrow(
            () -> new DemandsFileException(
                file.file(), p.position(), "target",
                "expected a paragraph of Article " + article.number() + " of " + draft.revision() + ", found " + p
                    + ", which does not exist there"));
  }

  /** The part of a draft a target covers: an article, or a clause with everything below it. */
  private record Unit(Article article, Clause clause) {
    List<Clause> clauses() {
      return clause == null ? article.allClauses().toList() : clause.flatten().toList();
    }

    String text() {
      return clauses().stream().map(Clause::text).collect(Collectors.joining("\n"));
    }
  }

  /**
   * What the comparison of one step says about each clause: its counterpart on the other side (a
   * pair or a move), and the differ's edit that made it (a new clause) or removed it (a gone one).
   */
  private static final class Pairs {
    // Keyed by id: an old clause's or article's in the step's old draft, a new clause's in its new draft.
    final Map<String, Clause> forward = new HashMap<>();
    final Map<String, Clause> backward = new HashMap<>();
    final Map<String, TextChange> changeOfNew = new HashMap<>();
    final Map<String, TextChange> deletionOfOld = new HashMap<>();
    final Map<String, TextChange> deletionOfArticle = new HashMap<>();

    Pairs(Comparison comparison) {
      for (ArticleChange article : comparison.articles()) {
        if (article.newArticle().isEmpty() && article.oldArticle().isPresent() && article.link().newArticles().isEmpty()) {
          deletionOfArticle.put(article.oldArticle().get().id(), article.heading());
        }
        for (ClauseChange c : article.clauses()) {
          if (c.isMoveTarget()) {
            var move = c.move().orElseThrow();
            pair(move.oldClause(), move.newClause(), move.text());
          } else if (c.oldClause().isPresent() && c.newClause().isPresent()) {
            pair(c.oldClause().get(), c.newClause().get(), c.text());
          } else if (c.newClause().isPresent()) {
            changeOfNew.put(c.newClause().get().id(), c.text());
          } else if (!c.isMoveSource()) {
            deletionOfOld.put(c.oldClause().orElseThrow().id(), c.text());
          }
        }
      }
    }

    private void pair(Clause oldClause, Clause newClause, TextChange change) {
      forward.put(oldClause.id(), newClause);
      backward.put(newClause.id(), oldClause);
      changeOfNew.put(newClause.id(), change);
    }

    /**
     * Whether a target's wording changed in this step, as the differ found it: a clause came into
     * the target or left it (inserted, deleted, or moved from or to a clause outside it), or one of
     * its clauses has an edit of its words ({@link Edit#changesWording()}). Numbers, references,
     * punctuation, spelling and brackets alone are not a change of wording.
     *
     * @param now the target's clauses in the step's new draft
     * @param before the target's clauses in the step's old draft
     */
    boolean reworded(List<Clause> now, List<Clause> before) {
      Set<String> nowIds = now.stream().map(Clause::id).collect(Collectors.toSet());
      Set<String> beforeIds = before.stream().map(Clause::id).collect(Collectors.toSet());
      for (Clause c : now) {
        Clause origin = backward.get(c.id());
        if (origin == null || !beforeIds.contains(origin.id()) || changesWording(changeOfNew.get(c.id()))) {
          return true;
        }
      }
      for (Clause c : before) {
        Clause next = forward.get(c.id());
        if (next == null || !nowIds.contains(next.id())) {
          return true;
        }
      }
      return false;
    }

    private static boolean changesWording(TextChange change) {
      return change != null && change.edits().stream().anyMatch(Edit::changesWording);
    }

    /** The edit that gave this clause of the new draft, where it changed. */
    Optional<TextChange> change(Clause newClause) {
      return Optional.ofNullable(changeOfNew.get(newClause.id())).filter(t -> t.status() != ChangeStatus.UNCHANGED);
    }
  }

  /** The clauses the units cover, each once. */
  private static List<Clause> clauses(List<Unit> units) {
    Map<String, Clause> byId = new java.util.LinkedHashMap<>();
    units.forEach(u -> u.clauses().forEach(c -> byId.putIfAbsent(c.id(), c)));
    return List.copyOf(byId.values());
  }

  /** The clause of draft {@code to} that this clause of draft {@code from} became or came from; null where there is none. */
  private static Clause follow(List<Pairs> pairs, Clause clause, int from, int to) {
    Clause c = clause;
    for (int k = from; k < to && c != null; k++) {
      c = pairs.get(k).forward.get(c.id());
    }
    for (int k = from - 1; k >= to && c != null; k--) {
      c = pairs.get(k).backward.get(c.id());
    }
    return c;
  }

  private List<Finding> findings(History history, List<Pairs> pairs, Demand demand, int numbering) {
    int drafts = history.drafts().size();
    List<List<List<Unit>>> found = new ArrayList<>(); // draft -> target -> units
    for (int d = 0; d < drafts; d++) {
      List<List<Unit>> perTarget = new ArrayList<>();
      for (DemandTarget target : demand.targets()) {
        perTarget.add(resolve(history, pairs, numbering, target, d));
      }
      found.add(perTarget);
    }
    List<Finding> findings = new ArrayList<>();
    double best = 0;
    String bestRevision = "";
    for (int d = 0; d < drafts; d++) {
      Finding f = finding(history, pairs, demand, found, d, best, bestRevision);
      if ((f.status() == DemandStatus.ADOPTED || f.status() == DemandStatus.PARTLY_ADOPTED) && f.score() > best) {
        best = f.score();
        bestRevision = f.revision();
      }
      findings.add(f);
    }
    return findings;
  }

  private List<Unit> resolve(History history, List<Pairs> pairs, int numbering, DemandTarget target, int draft) {
    if (target instanceof DemandTarget.Topic topic) {
      List<Unit> units = new ArrayList<>();
      for (Article a : history.drafts().get(draft).articles()) {
        a.allClauses().forEach(c -> {
          List<String> stems = Phrases.stems(c.text());
          if (topic.phrases().stream().anyMatch(p -> Phrases.contains(stems, p))) {
            units.add(new Unit(a, c));
          }
        });
      }
      return units;
    }
    DemandTarget.Provision p = (DemandTarget.Provision) target;
    Draft numberingDraft = history.drafts().get(numbering);
    Article article = numberingDraft.article(p.article()).orElseThrow();
    List<Article> there = List.of();
    for (Lineage lineage : history.lineages()) {
      if (lineage.articles().get(numbering).stream().anyMatch(a -> a == article)) {
        there = lineage.articles().get(draft);
        break;
      }
    }
    if (p.labels().isEmpty()) {
      return there.stream().map(a -> new Unit(a, null)).toList();
    }
    ClausePath path = new ClausePath(ClausePath.articlePart(article.number()), p.labels());
    Clause origin = article.allClauses().filter(c -> c.path().equals(path)).findFirst().orElseThrow();
    Clause followed = follow(pairs, origin, numbering, draft);
    if (followed == null) {
      return List.of();
    }
    for (Article a : history.drafts().get(draft).articles()) {
      if (a.allClauses().anyMatch(c -> c.id().equals(followed.id()))) {
        return List.of(new Unit(a, followed));
      }
    }
    // An article that prints no text and stands for the previous one holds that one's clauses.
    return there.isEmpty() ? List.of() : List.of(new Unit(there.get(0), followed));
  }

  private Finding finding(
      History history, List<Pairs> pairs, Demand demand, List<List<List<Unit>>> found, int d, double bestBefore, String bestRevision) {
    String revision = history.drafts().get(d).revision();
    List<List<Unit>> targets = found.get(d);
    boolean onlyDeletion = demand.check() instanceof DemandCheck.Deleted;
    List<Double> scores = new ArrayList<>();
    List<String> met = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    boolean wordingChanged = false;
    int matching = 0;
    for (int t = 0; t < targets.size(); t++) {
      List<Unit> units = targets.get(t);
      DemandTarget target = demand.targets().get(t);
      String prefix = targets.size() > 1 ? name(target) + ": " : "";
      List<Unit> previous = d == 0 ? List.of() : found.get(d - 1).get(t);
      if (units.isEmpty()) {
        if (onlyDeletion && existedBefore(found, d, t)) {
          scores.add(1.0);
          met.add(prefix + "deleted");
          for (Unit gone : previous) {
            Pairs step = pairs.get(d - 1);
            Optional<TextChange> deletion =
                Optional.ofNullable(gone.clause() == null ? step.deletionOfArticle.get(gone.article().id()) : step.deletionOfOld.get(gone.clause().id()));
            evidence.add(new Evidence(revision, gone.article().number(), gone.article().id(), path(gone), idOf(gone), provenanceOf(gone), "", deletion));
          }
        }
        continue;
      }
      String text = units.stream().map(Unit::text).collect(Collectors.joining("\n"));
      boolean reworded = !previous.isEmpty() && pairs.get(d - 1).reworded(clauses(units), clauses(previous));
      wordingChanged |= reworded;
      Score s = score(demand.check(), Phrases.stems(text), reworded);
      scores.add(s.value);
      s.met.forEach(m -> met.add(prefix + m));
      s.unmet.forEach(m -> unmet.add(prefix + m));
      Quotes quotes = evidence(revision, units, previous.isEmpty() ? null : pairs.get(d - 1), phrases(demand.check()));
      evidence.addAll(quotes.evidence());
      matching += quotes.matching();
    }
    if (scores.isEmpty()) {
      return new Finding(demand, revision, DemandStatus.TARGET_NOT_FOUND, 0, met, unmet, evidence, notFound(demand, revision));
    }
    double score = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    DemandStatus status;
    String why;
    if (score + 1e-9 < bestBefore) {
      status = DemandStatus.REVERSED;
      why = percent(bestBefore) + " met in " + bestRevision + ", " + percent(score) + " now" + (unmet.isEmpty() ? "" : "; not met: " + String.join("; ", unmet));
    } else if (score >= 1 - 1e-9) {
      status = DemandStatus.ADOPTED;
      why = "met: " + String.join("; ", met);
    } else if (score > 1e-9) {
      status = DemandStatus.PARTLY_ADOPTED;
      why = percent(score) + " met: " + String.join("; ", met) + "; not met: " + String.join("; ", unmet);
    } else if (demand.check() instanceof DemandCheck.Review review) {
      status = DemandStatus.NEEDS_REVIEW;
      why = "the letter asks for no words Redline can look for: read the target (" + review.request() + ")";
    } else if (wordingChanged && !phrases(demand.check()).isEmpty()) {
      status = DemandStatus.NEEDS_REVIEW;
      why = "none met, but the wording changed since " + history.drafts().get(d - 1).revision() + ": read the clause";
    } else {
      status = DemandStatus.NOT_ADOPTED;
      why = "not met: " + String.join("; ", unmet);
    }
    if (matching > evidence.size()) {
      why += "; quoting " + evidence.size() + " of " + matching + " clauses";
    }
    return new Finding(demand, revision, status, score, met, unmet, evidence, why);
  }

  private static boolean existedBefore(List<List<List<Unit>>> found, int d, int t) {
    for (int e = 0; e < d; e++) {
      if (!found.get(e).get(t).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String notFound(Demand demand, String revision) {
    List<String> names = demand.targets().stream().map(DemandChecker::name).toList();
    return String.join(", ", names) + (demand.numbering().isEmpty() ? "" : " of " + demand.numbering()) + ": not found in " + revision;
  }

  private static String name(DemandTarget target) {
    return target instanceof DemandTarget.Provision p ? "Article " + p : target.toString();
  }

  /** A check's score on one target, and which of its parts are met. */
  private record Score(double value, List<String> met, List<String> unmet) {}

  private static Score score(DemandCheck check, List<String> stems, boolean changed) {
    List<String> met = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    double value;
    if (check instanceof DemandCheck.Deleted) {
      value = 0;
      unmet.add("deleted");
    } else if (check instanceof DemandCheck.Review) {
      value = 0;
      unmet.add("read by a person");
    } else if (check instanceof DemandCheck.Changed) {
      value = changed ? 1 : 0;
      (changed ? met : unmet).add("changed");
    } else if (check instanceof DemandCheck.Contains c && c.any()) {
      List<String> hits = c.phrases().stream().filter(p -> Phrases.contains(stems, p)).toList();
      value = hits.isEmpty() ? 0 : 1;
      if (hits.isEmpty()) {
        unmet.add(c.describe());
      } else {
        met.add("\"" + hits.get(0) + "\"");
      }
    } else if (check instanceof DemandCheck.Contains c) {
      for (String p : c.phrases()) {
        (Phrases.contains(stems, p) ? met : unmet).add("\"" + p + "\"");
      }
      value = (double) met.size() / c.phrases().size();
    } else if (check instanceof DemandCheck.Excludes x) {
      for (String p : x.phrases()) {
        (Phrases.contains(stems, p) ? unmet : met).add("no \"" + p + "\"");
      }
      value = (double) met.size() / x.phrases().size();
    } else if (check instanceof DemandCheck.AllOf all) {
      double sum = 0;
      double weights = 0;
      for (DemandCheck.Part part : all.parts()) {
        double s = score(part.check(), stems, changed).value;
        sum += part.weight() * s;
        weights += part.weight();
        describePart(part, s, met, unmet);
      }
      value = sum / weights;
    } else {
      double bestPart = 0;
      for (DemandCheck.Part part : ((DemandCheck.AnyOf) check).parts()) {
        double s = score(part.check(), stems, changed).value;
        bestPart = Math.max(bestPart, s);
        describePart(part, s, met, unmet);
      }
      value = bestPart;
    }
    return new Score(value, met, unmet);
  }

  private static void describePart(DemandCheck.Part part, double s, List<String> met, List<String> unmet) {
    String name = part.label().isEmpty() ? part.check().describe() : part.label();
    if (s >= 1 - 1e-9) {
      met.add(name);
    } else if (s > 1e-9) {
      met.add(name + " (" + percent(s) + ")");
    } else {
      unmet.add(name);
    }
  }

  /** Every phrase the check looks for or against, once each. */
  private static Set<String> phrases(DemandCheck check) {
    return new LinkedHashSet<>(check.allPhrases());
  }

  /**
   * The clauses to quote: those where a phrase of the check occurs, else the target's first clause;
   * each with its edit from the previous draft where the target was there too ({@code step}, else null).
   */
  private static Quotes evidence(String revision, List<Unit> units, Pairs step, Set<String> phrases) {
    List<Evidence> list = new ArrayList<>();
    Set<String> quoted = new HashSet<>(); // clause ids
    for (Unit unit : units) {
      List<Clause> hits = new ArrayList<>();
      for (Clause c : unit.clauses()) {
        List<String> stems = Phrases.stems(c.text());
        if (phrases.stream().anyMatch(p -> Phrases.contains(stems, p))) {
          hits.add(c);
        }
      }
      if (hits.isEmpty() && !unit.clauses().isEmpty()) {
        hits.add(unit.clauses().get(0));
      }
      for (Clause c : hits) {
        if (quoted.add(c.id()) && list.size() < MAX_QUOTES) {
          list.add(new Evidence(
              revision, unit.article().number(), unit.article().id(), c.path().toString(), c.id(), c.provenance(), c.text(), step == null ? Optional.empty() : step.change(c)));
        }
      }
    }
    return new Quotes(list, quoted.size());
  }

  /** The clauses quoted, and how many qualified (a broad topic may match thousands). */
  private record Quotes(List<Evidence> evidence, int matching) {}

  private static String path(Unit unit) {
    return unit.clause() == null ? unit.article().number() : unit.clause().path().toString();
  }

  private static String idOf(Unit unit) {
    return unit.clause() == null ? unit.article().id() : unit.clause().id();
  }

  private static dev.redline.model.Provenance provenanceOf(Unit unit) {
    return unit.clause() == null ? unit.article().provenance() : unit.clause().provenance();
  }

  private static String percent(double v) {
    return String.format(Locale.ROOT, "%d%%", Math.round(v * 100));
  }
}

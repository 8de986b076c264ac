package dev.redline.demands;

import dev.redline.diff.WordDiffer;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.ClausePath;
import dev.redline.model.Demand;
import dev.redline.model.DemandCheck;
import dev.redline.model.DemandStatus;
import dev.redline.model.DemandTarget;
import dev.redline.model.Draft;
import dev.redline.model.Evidence;
import dev.redline.model.Finding;
import dev.redline.model.History;
import dev.redline.model.Lineage;
import dev.redline.model.Segment;
import dev.redline.model.TextChange;
import dev.redline.model.Tracker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks demands against every draft of a history. A target is found in the demand's numbering
 * draft and followed through the alignment to every other draft (a paragraph by its closest
 * wording within the followed article); a topic is found afresh in each draft by its key phrases.
 *
 * <p>Status rules: all of the check met is {@link DemandStatus#ADOPTED}, some is {@link
 * DemandStatus#PARTLY_ADOPTED}, none is {@link DemandStatus#NOT_ADOPTED}; less met than in an
 * earlier draft is {@link DemandStatus#REVERSED}; a target absent from the draft is {@link
 * DemandStatus#TARGET_NOT_FOUND} (but a target to be deleted that existed before and is gone is
 * adopted); a phrase check that finds nothing while the target's wording (numbers and punctuation
 * aside) changed since the previous draft is {@link DemandStatus#NEEDS_REVIEW}.
 *
 * <p>Stateless and thread-safe.
 */
public final class DemandChecker {
  /** At most this many clauses are quoted per target; the explanation says how many matched. */
  private static final int MAX_QUOTES = 10;
  /** Clauses of different drafts this alike (word Dice) are the same clause. */
  private static final double SAME_CLAUSE = 0.5;

  /**
   * The tracker of these demands over the history.
   *
   * @throws DemandsFileException if a demand names a revision that is not in the history, or a
   *     target that does not exist in its numbering draft
   */
  public Tracker check(History history, DemandsFile file) throws DemandsFileException {
    List<List<Finding>> findings = new ArrayList<>();
    for (Demand demand : file.demands()) {
      int numbering = numberingDraft(history, demand, file);
      for (DemandTarget target : demand.targets()) {
        if (target instanceof DemandTarget.Provision p) {
          resolveInNumberingDraft(history, numbering, p, demand, file);
        }
      }
      findings.add(findings(history, demand, numbering));
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
      History history, int numbering, DemandTarget.Provision p, Demand demand, DemandsFile file) throws DemandsFileException {
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

    String name() {
      return clause == null ? "Article " + article.number() : "Article " + article.number() + ", " + clause.path();
    }
  }

  private List<Finding> findings(History history, Demand demand, int numbering) {
    int drafts = history.drafts().size();
    List<List<List<Unit>>> found = new ArrayList<>(); // draft -> target -> units
    for (int d = 0; d < drafts; d++) {
      List<List<Unit>> perTarget = new ArrayList<>();
      for (DemandTarget target : demand.targets()) {
        perTarget.add(resolve(history, numbering, target, d));
      }
      found.add(perTarget);
    }
    List<Finding> findings = new ArrayList<>();
    double best = 0;
    String bestRevision = "";
    for (int d = 0; d < drafts; d++) {
      Finding f = finding(history, demand, found, d, best, bestRevision);
      if ((f.status() == DemandStatus.ADOPTED || f.status() == DemandStatus.PARTLY_ADOPTED) && f.score() > best) {
        best = f.score();
        bestRevision = f.revision();
      }
      findings.add(f);
    }
    return findings;
  }

  private List<Unit> resolve(History history, int numbering, DemandTarget target, int draft) {
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
    if (draft == numbering) {
      return List.of(new Unit(article, origin));
    }
    Unit best = null;
    double bestScore = SAME_CLAUSE;
    String originText = new Unit(article, origin).text();
    for (Article a : there) {
      for (Clause c : a.allClauses().toList()) {
        double s = similarity(originText, new Unit(a, c).text());
        boolean samePlace = c.path().labels().equals(path.labels());
        if (s > bestScore || (s == bestScore && samePlace)) {
          bestScore = s;
          best = new Unit(a, c);
        }
      }
    }
    return best == null ? List.of() : List.of(best);
  }

  private Finding finding(History history, Demand demand, List<List<List<Unit>>> found, int d, double bestBefore, String bestRevision) {
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
            evidence.add(new Evidence(revision, gone.article().number(), path(gone), provenanceOf(gone), "", "[-" + gone.text() + "-]"));
          }
        }
        continue;
      }
      String text = units.stream().map(Unit::text).collect(Collectors.joining("\n"));
      String before = previous.stream().map(Unit::text).collect(Collectors.joining("\n"));
      if (!previous.isEmpty() && !Phrases.wording(text).equals(Phrases.wording(before))) {
        wordingChanged = true;
      }
      Score s = score(demand.check(), Phrases.stems(text), !previous.isEmpty() && !Phrases.wording(text).equals(Phrases.wording(before)));
      scores.add(s.value);
      s.met.forEach(m -> met.add(prefix + m));
      s.unmet.forEach(m -> unmet.add(prefix + m));
      Quotes quotes = evidence(revision, units, previous, phrases(demand.check()));
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

  /** The clauses to quote: those where a phrase of the check occurs, else the target's first clause. */
  private static Quotes evidence(String revision, List<Unit> units, List<Unit> previous, Set<String> phrases) {
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
          list.add(new Evidence(revision, unit.article().number(), c.path().toString(), c.provenance(), c.text(), redline(c, previous)));
        }
      }
    }
    return new Quotes(list, quoted.size());
  }

  /** The clauses quoted, and how many qualified (a broad topic may match thousands). */
  private record Quotes(List<Evidence> evidence, int matching) {}

  /** The clause's edit from its closest counterpart in the previous draft's target, as text. */
  private static String redline(Clause clause, List<Unit> previous) {
    if (previous.isEmpty()) {
      return "";
    }
    Clause best = null;
    double bestScore = SAME_CLAUSE;
    for (Unit u : previous) {
      for (Clause c : u.clauses()) {
        double s = similarity(c.text(), clause.text());
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
    }
    TextChange change = WordDiffer.diff(best == null ? "" : best.text(), clause.text());
    if (change.oldText().equals(change.newText())) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (Segment s : change.segments()) {
      switch (s.op()) {
        case EQUAL -> b.append(s.text());
        case DELETE -> b.append("[-").append(s.text()).append("-]");
        case INSERT -> b.append("{+").append(s.text()).append("+}");
      }
    }
    return b.toString();
  }

  private static String path(Unit unit) {
    return unit.clause() == null ? unit.article().number() : unit.clause().path().toString();
  }

  private static dev.redline.model.Provenance provenanceOf(Unit unit) {
    return unit.clause() == null ? unit.article().provenance() : unit.clause().provenance();
  }

  private static double similarity(String a, String b) {
    Set<String> x = new HashSet<>(Phrases.wording(a));
    Set<String> y = new HashSet<>(Phrases.wording(b));
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : x) {
      if (y.contains(w)) {
        shared++;
      }
    }
    return 2.0 * shared / (x.size() + y.size());
  }

  private static String percent(double v) {
    return String.format(Locale.ROOT, "%d%%", Math.round(v * 100));
  }
}

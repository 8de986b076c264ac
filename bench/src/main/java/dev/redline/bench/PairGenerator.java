package dev.redline.bench;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.ClausePath;
import dev.redline.model.ClauseKind;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import dev.redline.model.LinkKind;
import dev.redline.model.Provenance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a labelled pair from a draft: applies random, recorded edits (insert, delete, move to
 * another place or chapter, split, merge, retitle, reword up to a share of an article's words) and
 * renumbers the result, so that the truth of every link is known. Same seed, same pair.
 */
public final class PairGenerator {
  private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

  /**
   * One link of the truth.
   *
   * @param oldNumbers the article numbers in the old draft; empty for an insertion
   * @param newNumbers the article numbers in the new draft; empty for a deletion
   * @param kinds what happened, as {@link dev.redline.align.Aligner} should report it
   */
  public record TruthLink(List<String> oldNumbers, List<String> newNumbers, Set<LinkKind> kinds) {}

  /** A generated pair and its truth. */
  public record Pair(Draft oldDraft, Draft newDraft, List<TruthLink> truth) {}

  /** How much to edit: counts are per 100 articles of the old draft, at least 1 each. */
  public record Settings(
      double insertions, double deletions, double moves, double splits, double merges, double retitles,
      double rewordedShare, double maxRewordedWords) {
    /** The mix the alignment benchmark uses: modified articles reworded by up to 30% of their words. */
    public static Settings standard() {
      return new Settings(3, 3, 3, 2, 2, 4, 0.3, 0.3);
    }
  }

  private final Settings settings;

  public PairGenerator(Settings settings) {
    this.settings = settings;
  }

  /** An article of the new draft while it is being made: where it came from and what was done to it. */
  private static final class Slot {
    Article article;
    final List<String> origins;
    final Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
    boolean touched;
    int partOf = -1; // split or merge group

    Slot(Article article, List<String> origins) {
      this.article = article;
      this.origins = origins;
    }
  }

  /** Edits a copy of the draft and returns the pair with its truth. */
  public Pair generate(Draft base, long seed) {
    Random random = new Random(seed);
    List<String> vocabulary = vocabulary(base);
    List<Slot> slots = new ArrayList<>();
    for (Article a : base.articles()) {
      slots.add(new Slot(a, List.of(a.number())));
    }
    int n = slots.size();
    List<TruthLink> truth = new ArrayList<>();
    int groups = 0;

    for (int k = count(settings.deletions(), n); k > 0; k--) {
      int i = untouched(slots, random, 0);
      if (i >= 0) {
        truth.add(new TruthLink(slots.get(i).origins, List.of(), EnumSet.of(LinkKind.DELETED)));
        slots.remove(i);
      }
    }
    for (int k = count(settings.splits(), n); k > 0; k--) {
      int i = untouched(slots, random, 2);
      if (i < 0) {
        continue;
      }
      Slot whole = slots.get(i);
      List<Clause> clauses = whole.article.clauses();
      int cut = 1 + random.nextInt(clauses.size() - 1);
      Slot first = new Slot(Drafts.withClauses(whole.article, clauses.subList(0, cut)), whole.origins);
      Slot second =
          new Slot(
              Drafts.retitle(Drafts.withClauses(whole.article, clauses.subList(cut, clauses.size())),
                  whole.article.title() + " " + pick(vocabulary, random)),
              whole.origins);
      for (Slot s : List.of(first, second)) {
        s.touched = true;
        s.partOf = groups;
        s.kinds.add(LinkKind.SPLIT);
      }
      groups++;
      slots.set(i, first);
      slots.add(i + 1, second);
    }
    for (int k = count(settings.merges(), n); k > 0; k--) {
      int i = untouched(slots, random, 0);
      if (i < 0 || i + 1 >= slots.size() || slots.get(i + 1).touched) {
        continue;
      }
      Slot a = slots.get(i);
      Slot b = slots.get(i + 1);
      List<Clause> clauses = new ArrayList<>(a.article.clauses());
      clauses.addAll(b.article.clauses());
      List<String> origins = new ArrayList<>(a.origins);
      origins.addAll(b.origins);
      Slot merged =
          new Slot(Drafts.retitle(Drafts.withClauses(a.article, distinctPaths(clauses)), a.article.title() + " and " + b.article.title().toLowerCase(java.util.Locale.ROOT)), origins);
      merged.touched = true;
      merged.kinds.add(LinkKind.MERGED);
      slots.set(i, merged);
      slots.remove(i + 1);
    }
    for (int k = count(settings.moves(), n); k > 0; k--) {
      int i = untouched(slots, random, 0);
      if (i < 0 || slots.size() < 12) {
        continue;
      }
      Slot moving = slots.remove(i);
      int to;
      do {
        to = random.nextInt(slots.size() + 1);
      } while (Math.abs(to - i) < 5);
      Article neighbour = slots.get(Math.min(to, slots.size() - 1)).article;
      moving.article = Drafts.inDivisions(moving.article, neighbour.divisions());
      moving.touched = true;
      moving.kinds.add(LinkKind.MOVED);
      slots.add(to, moving);
    }
    for (int k = count(settings.retitles(), n); k > 0; k--) {
      int i = untouched(slots, random, 0);
      if (i >= 0) {
        Slot s = slots.get(i);
        s.article = Drafts.retitle(s.article, retitle(s.article.title(), vocabulary, random));
        s.kinds.add(LinkKind.RETITLED);
        s.touched = true;
      }
    }
    for (Slot s : slots) {
      if (s.kinds.contains(LinkKind.SPLIT) || s.kinds.contains(LinkKind.MERGED)) {
        continue;
      }
      if (random.nextDouble() < settings.rewordedShare()) {
        double share = 0.02 + random.nextDouble() * (settings.maxRewordedWords() - 0.02);
        Article before = s.article;
        s.article = Drafts.rewrite(before, text -> reword(text, share, vocabulary, random));
        if (!before.bodyText().equals(s.article.bodyText())) {
          s.kinds.add(LinkKind.MODIFIED);
        }
      }
    }
    for (int k = count(settings.insertions(), n); k > 0; k--) {
      int at = random.nextInt(slots.size() + 1);
      Article neighbour = slots.get(Math.min(at, slots.size() - 1)).article;
      Slot inserted = new Slot(invent(neighbour.divisions(), vocabulary, random), List.of());
      inserted.touched = true;
      inserted.kinds.add(LinkKind.INSERTED);
      slots.add(at, inserted);
    }

    List<Article> articles = new ArrayList<>();
    for (Slot s : slots) {
      articles.add(s.article);
    }
    Draft newDraft = Drafts.draft("Generated.new", articles, base.divisions());
    Draft oldDraft = Drafts.draft("Generated.old", base.articles(), base.divisions());
    Set<Integer> emittedGroups = new HashSet<>();
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      String number = newDraft.articles().get(i).number();
      if (s.kinds.contains(LinkKind.INSERTED)) {
        truth.add(new TruthLink(List.of(), List.of(number), EnumSet.of(LinkKind.INSERTED)));
      } else if (s.kinds.contains(LinkKind.SPLIT)) {
        if (emittedGroups.add(s.partOf)) {
          List<String> pieces = new ArrayList<>();
          for (int j = i; j < slots.size(); j++) {
            if (slots.get(j).partOf == s.partOf) {
              pieces.add(newDraft.articles().get(j).number());
            }
          }
          truth.add(new TruthLink(s.origins, pieces, EnumSet.of(LinkKind.SPLIT)));
        }
      } else if (s.kinds.contains(LinkKind.MERGED)) {
        truth.add(new TruthLink(s.origins, List.of(number), EnumSet.of(LinkKind.MERGED)));
      } else {
        Set<LinkKind> kinds = EnumSet.copyOf(s.kinds.isEmpty() ? EnumSet.of(LinkKind.UNCHANGED) : s.kinds);
        if (!s.origins.get(0).equals(number)) {
          kinds.add(LinkKind.RENUMBERED);
          kinds.remove(LinkKind.UNCHANGED);
        }
        truth.add(new TruthLink(s.origins, List.of(number), kinds));
      }
    }
    return new Pair(oldDraft, newDraft, truth);
  }

  private static int count(double per100, int articles) {
    return Math.max(1, (int) Math.round(per100 * articles / 100.0));
  }

  /** A random untouched slot with at least this many top-level clauses, or -1. */
  private static int untouched(List<Slot> slots, Random random, int minClauses) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int i = random.nextInt(slots.size());
      Slot s = slots.get(i);
      if (!s.touched && s.article.clauses().size() >= minClauses) {
        s.touched = true;
        return i;
      }
    }
    return -1;
  }

  private static List<Clause> distinctPaths(List<Clause> clauses) {
    List<Clause> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int p = 0;
    for (Clause c : clauses) {
      ClausePath path = used.add(c.path().last()) ? c.path() : c.path().withLast(c.path().last() + "m" + ++p);
      out.add(new Clause(c.kind(), c.label(), path, c.content(), c.children(), c.footnotes(), c.provenance()));
    }
    return out;
  }

  static List<String> vocabulary(Draft draft) {
    Set<String> words = new java.util.TreeSet<>();
    draft.articles().forEach(a -> a.allClauses().forEach(c -> {
      Matcher m = WORD.matcher(c.text().toLowerCase(java.util.Locale.ROOT));
      while (m.find()) {
        words.add(m.group());
      }
    }));
    return new ArrayList<>(words);
  }

  static String pick(List<String> vocabulary, Random random) {
    return vocabulary.get(random.nextInt(vocabulary.size()));
  }

  /** The text with about this share of its words replaced by other words. */
  static String reword(String text, double share, List<String> vocabulary, Random random) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = m.group();
      if (random.nextDouble() < share) {
        do {
          replacement = pick(vocabulary, random);
        } while (replacement.equalsIgnoreCase(m.group()));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String retitle(String title, List<String> vocabulary, Random random) {
    String[] words = title.split(" ");
    int i = random.nextInt(words.length);
    words[i] = pick(vocabulary, random);
    String changed = String.join(" ", words);
    return changed.equals(title) ? title + " " + pick(vocabulary, random) : changed;
  }

  /** A new article of invented wording. */
  static Article invent(List<Division> divisions, List<String> vocabulary, Random random) {
    List<Clause> clauses = new ArrayList<>();
    int paragraphs = 1 + random.nextInt(3);
    Provenance at = new Provenance("generated", 1, 0);
    for (int p = 1; p <= paragraphs; p++) {
      StringBuilder text = new StringBuilder("Each State Party shall");
      int words = 15 + random.nextInt(30);
      for (int w = 0; w < words; w++) {
        text.append(' ').append(pick(vocabulary, random));
      }
      text.append('.');
      clauses.add(new Clause(ClauseKind.PARAGRAPH, String.valueOf(p), ClausePath.of("0", String.valueOf(p)), text.toString(), List.of(), List.of(), at));
    }
    String first = pick(vocabulary, random);
    String title = Character.toUpperCase(first.charAt(0)) + first.substring(1)
        + " " + pick(vocabulary, random) + " " + pick(vocabulary, random);
    return new Article("Article 0", "0", title, divisions, clauses, at);
  }
}

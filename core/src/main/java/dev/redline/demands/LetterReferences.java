package dev.redline.demands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article references of a letter's sentence, in every form letters write them: {@code
 * Article 18}, {@code Art. 26}, {@code Articles 24 and 25}, {@code Articles 28/4, 29, and 30},
 * {@code Article 23, paragraph 4}, {@code Article 36(1)(b)}, {@code paragraphs 8 to 31 of Article
 * 40}, and {@code paragraph 22} or {@code the Article} for the article last named. References to
 * other instruments ({@code Article 38 of the EU Law Enforcement Directive}) and references made
 * only for comparison ({@code contradicting Article 19}) are told apart. The patterns are bounded
 * and run in linear time.
 */
final class LetterReferences {
  private static final Pattern ARTICLES =
      Pattern.compile("\\b(?:Articles?|articles?|Arts?\\.)[ \u00A0]{0,3}(?=\\d)");
  private static final Pattern PARAGRAPHS = Pattern.compile("\\b(?:[Pp]aragraphs?|[Pp]aras?\\.)[ \u00A0]{0,3}(?=\\d)");
  private static final Pattern NUMBER = Pattern.compile("\\G(\\d{1,4})((?:[ ]?\\([0-9a-z]{1,4}\\)){0,4})(?:/(\\d{1,3}))?");
  private static final Pattern SEPARATOR =
      Pattern.compile("\\G(?:\\s{0,3},\\s{0,3}(?:and\\s{1,3}|or\\s{1,3})?|\\s{1,3}(?:and|or|&)\\s{1,3}|\\s{0,3}(to|-|\u2013)\\s{0,3})(?=\\d)");
  private static final Pattern PARAGRAPH_SUFFIX =
      Pattern.compile("\\G,?\\s{1,3}(?:paragraph|para\\.)\\s{0,3}(\\d{1,3})((?:[ ]?\\([0-9a-z]{1,4}\\)){0,3})(?:,?\\s{1,3}subparagraph\\s{0,3}(\\([0-9a-z]{1,4}\\)))?");
  private static final Pattern OF_ARTICLE = Pattern.compile("\\G\\s{1,3}of\\s{1,3}(?:Article|article|Art\\.)\\s{0,3}(\\d{1,4})");
  private static final Pattern OF_OTHER = Pattern.compile("\\G,?\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?([\\p{L}\\p{N}'\u2019 -]{1,60})");
  private static final Pattern LABEL = Pattern.compile("\\(([0-9a-z]{1,4})\\)");
  private static final Pattern ANAPHORA =
      Pattern.compile("\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]aid)\\s(?:[Aa]rticle|provision)\\b(?!s)(?!\\s{1,3}\\d)");
  private static final Pattern PLURAL_ANAPHORA =
      Pattern.compile("\\b(?:[Bb]oth|[Tt]hese|[Tt]hose|[Tt]he\\s(?:two|three|four)|[Tt]he\\s(?:said|above))\\s(?:[Aa]rticles|provisions)\\b|\\b[Bb]oth\\sof\\sthem\\b");
  private static final Pattern COMPARISON =
      Pattern.compile("(?i)(?:contradict\\w*|unlike|like|as in|as does|as do|in line with|consistent with|similar to|compared to|compared with|contrary to|as with|cf\\.|as per|mirroring|following|(?:as\\s)?set\\sout\\sin|as\\sdefined\\sin|as\\sprovided\\sin|referred\\sto\\sin)\\s{1,3}$");
  private static final Set<String> OUR_INSTRUMENT =
      Set.of("convention", "draft", "treaty", "text", "present", "this", "draft convention", "revised draft", "proposed convention", "instrument");
  private static final int MAX_RANGE = 60;

  private LetterReferences() {}

  /**
   * A reference found in a sentence.
   *
   * @param article the article number
   * @param labels the paragraph and subparagraph labels, outermost first
   * @param start where the reference starts in the sentence
   * @param comparison whether the sentence names it only to compare with it
   * @param implicit whether the article was not written but carried from an earlier sentence
   */
  record Reference(String article, List<String> labels, int start, boolean comparison, boolean implicit) {
    String target() {
      StringBuilder b = new StringBuilder(article);
      labels.forEach(l -> b.append('(').append(l).append(')'));
      return b.toString();
    }
  }

  /** The references of the sentence; {@code context} is the article last named before it, or null. */
  static List<Reference> find(String sentence, String context) {
    return find(sentence, context == null ? List.of() : List.of(context));
  }

  /**
   * The references of the sentence; {@code named} are the articles named together last before it
   * ("Articles 29 and 30"), for "both articles" or "these articles"; the last of them for "the
   * article". Empty where none.
   */
  static List<Reference> find(String sentence, List<String> named) {
    String context = named.isEmpty() ? null : named.get(named.size() - 1);
    record Found(int start, int end, List<Reference> refs) {}
    List<Found> articles = new ArrayList<>();
    Matcher a = ARTICLES.matcher(sentence);
    while (a.find()) {
      int start = a.start();
      List<Reference> found = new ArrayList<>();
      int pos = numbers(sentence, a.end(), start, found);
      Matcher suffix = PARAGRAPH_SUFFIX.matcher(sentence);
      if (found.size() == 1 && suffix.find(pos)) {
        Reference r = found.get(0);
        List<String> labels = new ArrayList<>(r.labels());
        labels.add(suffix.group(1));
        labels.addAll(labels(suffix.group(2)));
        labels.addAll(labels(suffix.group(3)));
        found.set(0, new Reference(r.article(), labels, r.start(), r.comparison(), false));
        pos = suffix.end();
      }
      articles.add(new Found(start, pos, otherInstrument(sentence, pos) ? List.of() : found));
    }
    List<Found> paragraphs = new ArrayList<>();
    Matcher p = PARAGRAPHS.matcher(sentence);
    while (p.find()) {
      int start = p.start();
      if (articles.stream().anyMatch(f -> start >= f.start() && start < f.end())) {
        continue;
      }
      List<Reference> found = new ArrayList<>();
      int pos = numbers(sentence, p.end(), start, found);
      String article = null;
      boolean implicit = true;
      Matcher of = OF_ARTICLE.matcher(sentence);
      if (of.find(pos)) {
        article = of.group(1);
        implicit = false;
        pos = of.end();
      } else if (otherInstrument(sentence, pos)) {
        continue;
      } else {
        article = context;
        for (Found f : articles) {
          if (f.end() <= start && !f.refs().isEmpty() && !f.refs().get(0).comparison()) {
            article = f.refs().get(f.refs().size() - 1).article();
            implicit = false;
          }
        }
      }
      if (article == null) {
        continue;
      }
      List<Reference> refs = new ArrayList<>();
      for (Reference r : found) {
        List<String> labels = new ArrayList<>();
        labels.add(r.article());
        labels.addAll(r.labels());
        refs.add(new Reference(article, labels, r.start(), r.comparison(), implicit));
      }
      paragraphs.add(new Found(start, pos, refs));
    }
    List<Reference> out = new ArrayList<>();
    for (Found f : articles) {
      if (paragraphs.stream().noneMatch(g -> f.start() >= g.start() && f.start() < g.end())) {
        out.addAll(f.refs());
      }
    }
    paragraphs.forEach(g -> out.addAll(g.refs()));
    if (out.stream().allMatch(Reference::comparison) && named.size() > 1) {
      Matcher plural = PLURAL_ANAPHORA.matcher(sentence);
      if (plural.find()) {
        for (String article : named) {
          out.add(new Reference(article, List.of(), plural.start(), false, true));
        }
      }
    }
    if (out.stream().allMatch(Reference::comparison) && context != null) {
      Matcher an = ANAPHORA.matcher(sentence);
      if (an.find()) {
        out.add(new Reference(context, List.of(), an.start(), comparison(sentence, an.start()), true));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Reference::start));
    return out;
  }

  /** Reads {@code 28/4, 29, and 30} or {@code 8 to 31}; returns the position after the list. */
  private static int numbers(String s, int from, int start, List<Reference> found) {
    int pos = from;
    boolean compare = comparison(s, start);
    String rangeFrom = null;
    while (true) {
      Matcher n = NUMBER.matcher(s);
      if (!n.find(pos)) {
        break;
      }
      String number = n.group(1);
      List<String> labels = new ArrayList<>(labels(n.group(2)));
      if (n.group(3) != null) {
        labels.add(0, n.group(3));
      }
      if (rangeFrom != null) {
        int lo = Integer.parseInt(rangeFrom);
        int hi = Integer.parseInt(number);
        for (int k = lo + 1; k < hi && k - lo < MAX_RANGE; k++) {
          found.add(new Reference(String.valueOf(k), List.of(), start, compare, false));
        }
        rangeFrom = null;
      }
      found.add(new Reference(number, labels, start, compare, false));
      pos = n.end();
      Matcher sep = SEPARATOR.matcher(s);
      if (!sep.find(pos)) {
        break;
      }
      if (sep.group(1) != null && labels.isEmpty()) {
        rangeFrom = number;
      }
      pos = sep.end();
    }
    return pos;
  }

  private static List<String> labels(String group) {
    List<String> labels = new ArrayList<>();
    if (group == null) {
      return labels;
    }
    Matcher l = LABEL.matcher(group);
    while (l.find()) {
      labels.add(l.group(1));
    }
    return labels;
  }

  private static boolean comparison(String s, int start) {
    String before = s.substring(Math.max(0, start - 40), start);
    return COMPARISON.matcher(before).find();
  }

  /** Whether {@code of the ...} after the reference names another instrument than the letter's own. */
  private static boolean otherInstrument(String s, int pos) {
    Matcher of = OF_OTHER.matcher(s);
    if (!of.find(pos)) {
      return false;
    }
    String name = of.group(1).toLowerCase(Locale.ROOT).strip();
    for (String ours : OUR_INSTRUMENT) {
      if (name.equals(ours) || name.startsWith(ours + " ") && !name.startsWith("convention on") && !name.startsWith("convention for")) {
        return false;
      }
    }
    return true;
  }
}

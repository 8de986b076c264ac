package dev.redline.demands;

import dev.redline.demands.LetterReferences.Reference;
import dev.redline.demands.LetterSentences.Sentence;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Demand;
import dev.redline.model.DemandCheck;
import dev.redline.model.DemandTarget;
import dev.redline.model.Draft;
import dev.redline.model.DraftedDemand;
import dev.redline.model.Letter;
import dev.redline.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drafts a demands file from a letter or position paper: every remedy the letter asks for, as a
 * demand marked {@link Demand#draft()} for a person to review, with the sentence it comes from,
 * a confidence and why its target and check were chosen.
 *
 * <p>What is asked is read from the sentence's words: to delete an article gives {@code deleted};
 * to include, add or require something, or a complaint that an article lacks or fails to include
 * it, gives {@code contains} (or {@code contains-any} where the letter words one thing several
 * ways), with the asked-for terms taken from the sentence and from the bullet list that follows it;
 * to remove or strike quoted words gives {@code excludes}; to strengthen or clarify without
 * concrete wording, or an article named with no request Redline recognises, gives a {@code review}
 * check quoting the sentence. Concerns that name no article become topic demands, keyed by the
 * letter's own words; given a draft, the articles whose text matches those words are proposed as
 * targets, with their scores, and targets the draft does not have are left out.
 *
 * <p>The drafting is deterministic and runs offline: no model, no network. The terms are the
 * letter's own words; Redline's phrase matching already treats their inflections as one
 * ("intentional", "intentionally", "intent"). Stateless and thread-safe.
 */
public final class DemandDrafter {
  private static final Pattern QUOTED = Pattern.compile("[\u201C\"\u201D]([^\u201C\u201D\"]{2,160})[\u201D\"\u201C]|\u2018([^\u2018\u2019]{2,160})\u2019");
  private static final Pattern DELETE =
      Pattern.compile("(?i)\\b(?:delete[sd]?|deleting|deletion|removed?|removing|removal|strike|struck|striking|scrap(?:ped)?|dropped)\\b");
  private static final Pattern WORDS_TO_GO =
      Pattern.compile("(?i)\\b(?:the\\s{1,3}(?:words?|phrase|terms?|reference\\s{1,3}to|expression|qualifier|wording))\\b");
  private static final Pattern MODAL =
      Pattern.compile("(?i)\\b(?:should|must|shall|need\\s{1,3}to|needs\\s{1,3}to|ought\\s{1,3}to|has\\s{1,3}to|have\\s{1,3}to|it\\s{1,3}is\\s{1,3}(?:crucial|essential|necessary|vital|important)|we\\s{1,3}(?:urge|call|recommend|ask|propose)|recommend|urge)\\b");
  /** A request to add words: the modal comes first in the sentence. */
  private static final Pattern ADD =
      Pattern.compile("(?i)\\b(?:includes?|included|incorporated?|add(?:ed)?|inserted?|requires?|required|contains?|contained|specify|specif(?:ies|ied)|refer\\s{1,3}to|references?\\s{1,3}to|provide\\s{1,3}for|provided\\s{1,3}for|set\\s{1,3}out|spell\\s{1,3}out|name|named|mention|mentioned|define|defined)\\b");
  /** A complaint that words are missing. */
  private static final Pattern LACKS =
      Pattern.compile("(?i)\\b(?:lacks?|lacking|omits?|(?:fails?|failed)\\s{1,3}to\\s{1,3}(?:include|incorporate|contain|require|mention|provide\\s{1,3}for|refer\\s{1,3}to|name|specify|set\\s{1,3}out)|does\\s{1,3}not\\s{1,3}(?:include|contain|require|mention|provide\\s{1,3}for|refer\\s{1,3}to|name|specify)|is\\s{1,3}missing|are\\s{1,3}missing)\\b");
  private static final Pattern REVIEW =
      Pattern.compile("(?i)\\b(?:strengthen(?:ed|ing)?|clarif(?:y|ied|ication)|clearer|improved?|revised?|reconsider(?:ed)?|narrow(?:ed|ing)?|tighten(?:ed)?|amended?|limit(?:ed)?|restrict(?:ed)?|lacks?\\s{1,3}clarity|vague|overly\\s{1,3}broad|too\\s{1,3}broad)\\b");
  /** A sentence that raises a concern or asks for something; a topic merely mentioned is not a demand. */
  private static final Pattern CONCERN =
      Pattern.compile("(?i)\\b(?:should|must|shall|need|needs|ought|urge|call|recommend|ask|lacks?|lacking|missing|without|fails?|failed|concern\\w*|worr\\w*|flaws?|risks?|insufficient|excessive|undermin\\w*|threat\\w*|danger\\w*|discourag\\w*|chill\\w*|abus\\w*|violat\\w*|arbitrar\\w*|broad|vague|unclear|weak\\w*|strengthen\\w*|narrow\\w*|limit\\w*)\\b");
  /** Approval: an article the letter welcomes is not a demand. */
  private static final Pattern PRAISE = Pattern.compile("(?i)\\b(?:welcome[sd]?|support[sd]?|commend[sd]?|appreciate[sd]?|endorse[sd]?)\\b");
  private static final Pattern WITHOUT = Pattern.compile("(?i)\\bwithout\\s{1,3}([^,;.]{3,80})");
  /** Words that head a phrase without being what is asked: "the principles of", "the right to". */
  private static final Pattern CONTAINER =
      Pattern.compile("(?i)^(?:(?:the|a|an|any|clear|specific|explicit|express)\\s{1,3})*(?:(?:principles?|requirements?|requirement\\s{1,3}of|elements?|standards?|references?|reference|concepts?|notions?|language|wording|provisions?|safeguards?\\s{1,3}such\\s{1,3}as|rights?|lack|absence|need|obligations?|duty|duties|mentions?|guarantees?|limits?|restrictions?|rules?|ban|prohibition)\\s{1,3}(?:of|to|for|on|that|such\\s{1,3}as)\\s{1,3}|in\\s{1,3}(?:accordance|line)\\s{1,3}with\\s{1,3}|following\\s{1,3})");
  private static final Pattern LEADING =
      Pattern.compile("(?i)^(?:(?:and|or|but|also|be|cause|causes|ensure|ensures|address|addresses|incorporate|incorporates|include|includes|provide|guarantee|establish|require|requires|contain|add|apply|have|has|to|by|both|then|further|furthermore|specifically|namely|notably|particularly|in\\s{1,3}particular|including|of|the|a|an)[ ,]{1,3})+");
  private static final Pattern CUT =
      Pattern.compile("(?i)\\s(?:of\\s(?!the\\s)|of\\sthe\\s|in|for|on|to|throughout|once|among|by|under|with|that|which|who|when|where|so|if|as|at|from|into|against|before|after|until|unless|because|since|while|including|such|thereby|concerning|regarding|about|but|is|are|was|were|be|will|would|could|may|might|should|must|shall|can)\\b");
  private static final Pattern PARENTHESIS = Pattern.compile("(\\S+)\\s\\(([^()]{1,40})\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");
  /** Words that qualify what is asked without being it: the bare noun is an accepted variant. */
  private static final Set<String> QUALIFIERS =
      Set.of("adequate", "effective", "clear", "specific", "regular", "meaningful", "strong", "real", "sufficient", "appropriate",
          "explicit", "precise", "unambiguous", "proper", "robust", "full", "genuine", "strict", "additional", "minimum", "minimal");
  /** Things a letter asks for that no draft's words can show. */
  private static final Set<String> VAGUE =
      Set.of("clarity", "certainty", "detail", "details", "precision", "specificity", "guidance", "applicable", "language", "it", "them",
          "this", "that", "these", "those", "such", "safeguards", "protection", "protections", "provisions", "provision", "requirement",
          "requirements", "measures", "clarification", "the following", "following", "specifically", "wording", "rules");
  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "and", "or", "to", "in", "for", "on", "with", "without", "by", "at", "from", "as", "be", "is", "are",
          "its", "their", "our", "this", "that", "these", "those", "any", "all", "such", "other", "overly", "broad", "unclear", "vague",
          "lack", "missing", "meaningful", "intrusive", "critical", "legitimate", "new", "more", "less", "very", "real", "strong");
  /** Concerns letters raise without naming an article: a short name and the words that signal it. */
  private static final List<TopicCue> TOPICS =
      List.of(
          new TopicCue("cross-border data collection", List.of("cross-border", "cross border", "transborder", "trans-border", "extraterritorial")),
          new TopicCue("security research", List.of("security research", "security researcher", "cybersecurity research", "cybersecurity researcher", "good-faith", "good faith", "ethical hacking")),
          new TopicCue("scope", List.of("scope")),
          new TopicCue("human-rights safeguards", List.of("human rights safeguard", "human-rights safeguard", "human rights protection", "safeguards for human rights")),
          new TopicCue("criminal intent", List.of("mens rea", "mental element", "criminal intent")),
          new TopicCue("gender", List.of("gender")),
          new TopicCue("real-time interception", List.of("real-time interception", "real-time collection", "interception")),
          new TopicCue("data protection", List.of("data protection", "personal data")));
  /** Topic cues that qualify the noun after them, which belongs to the key phrase: "cross-border data collection". */
  private static final Set<String> EXTENDABLE =
      Set.of("cross-border", "cross border", "transborder", "trans-border", "extraterritorial", "good-faith", "good faith", "mens rea", "real-time collection");
  private static final int MAX_PROPOSALS = 3;
  private static final double PROPOSAL_FLOOR = 0.5;
  private static final int MAX_KEY_PHRASES = 5;
  private static final int MAX_PARAGRAPHS = 4;
  private static final int CLAUSE = 300;
  private static final int MAX_NOTES = 3;

  private record TopicCue(String name, List<String> cues) {}

  /** What a sentence asks for. */
  private enum Kind {
    DELETED,
    EXCLUDES,
    CONTAINS,
    REVIEW
  }

  /** One demand in the making: a target (article or topic), a kind and the terms asked for. */
  private static final class Draftable {
    final List<Reference> targets;
    final String topic;
    final Kind kind;
    final List<List<String>> terms;
    final Sentence sentence;
    final double confidence;
    String why;
    final Set<String> keyPhrases = new LinkedHashSet<>();
    int asked;

    Draftable(List<Reference> targets, String topic, Kind kind, List<List<String>> terms, Sentence sentence, double confidence, String why) {
      this.targets = targets;
      this.topic = topic;
      this.kind = kind;
      this.terms = new ArrayList<>(terms);
      this.sentence = sentence;
      this.confidence = confidence;
      this.why = why;
    }
  }

  /**
   * The demands of the letter.
   *
   * @param letter the letter, as {@code LetterReaders} reads it
   * @param against the draft whose numbering the letter uses, if known: its revision becomes the
   *     demands' numbering, targets it lacks are dropped (or narrowed to their article) and topic
   *     demands get proposed targets
   * @return the drafted demands, in the order the letter raises them; empty where it asks nothing
   */
  public List<DraftedDemand> draft(Letter letter, Optional<Draft> against) {
    List<Sentence> sentences = LetterSentences.of(letter);
    List<Draftable> drafts = new ArrayList<>();
    Map<String, Draftable> topics = new LinkedHashMap<>();
    List<String> named = List.of();
    int contextBlock = -1;
    List<Sentence> parts = new ArrayList<>();
    for (Sentence s : sentences) {
      for (String part : requests(s.text())) {
        parts.add(s.part(part));
      }
    }
    sentences = parts;
    Map<Integer, StringBuilder> blockText = new java.util.HashMap<>();
    for (Sentence s : sentences) {
      blockText.computeIfAbsent(s.block(), k -> new StringBuilder()).append(s.text()).append(' ');
    }
    Map<Integer, String> blocks = new java.util.HashMap<>();
    blockText.forEach((k, v) -> blocks.put(k, v.toString()));
    int listEnd = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.block() != contextBlock) {
        named = List.of();
      }
      if (i <= listEnd) {
        continue; // an item of the list a request introduced: its words are that request's
      }
      List<Reference> refs = LetterReferences.find(s.text(), named);
      List<Reference> targets = refs.stream().filter(r -> !r.comparison()).toList();
      List<String> explicit = refs.stream().filter(r -> !r.implicit() && !r.comparison()).map(Reference::article).distinct().toList();
      if (!explicit.isEmpty()) {
        named = explicit;
        contextBlock = s.block();
      }
      String context = named.isEmpty() ? null : named.get(named.size() - 1);
      List<String> list = listAfter(sentences, i);
      if (targets.isEmpty() && s.text().endsWith(":") && context != null && s.block() == contextBlock && !list.isEmpty()) {
        targets = List.of(new Reference(context, List.of(), 0, false, true));
      }
      if (!targets.isEmpty()) {
        Draftable d = provisionDemand(s, targets, list);
        if (d != null) {
          drafts.add(d);
          if (d.kind == Kind.CONTAINS && !list.isEmpty()) {
            listEnd = i + listLength(sentences, i, list.size());
          }
        }
      } else {
        topicDemands(s, blocks.getOrDefault(s.block(), s.text()), list, topics, drafts);
      }
    }
    List<Draftable> merged = merge(drafts);
    List<DraftedDemand> out = new ArrayList<>();
    String numbering = against.map(Draft::revision).orElse(revisionIn(letter));
    int n = 0;
    for (Draftable d : merged) {
      n++;
      out.add(build(d, "D" + n, numbering, against, letter));
    }
    return out;
  }

  /** Where a sentence joins two requests: "X should be deleted, and Y should require Z". */
  private static final Pattern JOIN = Pattern.compile(";\\s|,\\s(?:and|while|but|whereas)\\s(?=[^,;]{0,60}\\b(?:[Aa]rticles?|[Aa]rts?\\.)\\s{0,3}\\d)");

  /** The sentence's parts that each ask for something: split where a new article's request begins. */
  private static List<String> requests(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher j = JOIN.matcher(sentence);
    int start = 0;
    while (j.find()) {
      // a request is a clause: look a little way either side, so a long sentence stays linear
      String before = sentence.substring(Math.max(start, j.start() - CLAUSE), j.start());
      String after = sentence.substring(j.end(), Math.min(sentence.length(), j.end() + CLAUSE));
      if (MODAL.matcher(before).find() && MODAL.matcher(after).find()
          && !LetterReferences.find(before, List.of()).isEmpty() && !LetterReferences.find(after, List.of()).isEmpty()) {
        out.add(sentence.substring(start, j.start()).strip());
        start = j.end();
      }
    }
    out.add(sentence.substring(start).strip());
    return out;
  }

  /** How many sentences the list's items span after sentence {@code i}. */
  private static int listLength(List<Sentence> sentences, int i, int items) {
    int blocks = 0;
    int k = i + 1;
    int lastBlock = -1;
    for (; k < sentences.size(); k++) {
      if (sentences.get(k).block() != lastBlock) {
        if (blocks == items) {
          break;
        }
        blocks++;
        lastBlock = sentences.get(k).block();
      }
    }
    return k - i - 1;
  }

  /** The bullet items that follow a sentence ending with a colon. */
  private static List<String> listAfter(List<Sentence> sentences, int i) {
    Sentence s = sentences.get(i);
    List<String> items = new ArrayList<>();
    if (!s.text().endsWith(":") || !s.endsBlock()) {
      return items;
    }
    for (int k = i + 1; k < sentences.size(); k++) {
      Sentence next = sentences.get(k);
      if (!next.bullet()) {
        break;
      }
      if (next.text().endsWith(":") || isHeading(next.text())) {
        break;
      }
      if (!items.isEmpty() && next.block() == sentences.get(k - 1).block()) {
        items.set(items.size() - 1, items.get(items.size() - 1) + " " + next.text());
      } else {
        items.add(next.text());
      }
      boolean last = k + 1 >= sentences.size() || sentences.get(k + 1).block() != next.block();
      if (last && next.text().endsWith(".") && (next.text().startsWith("and ") || items.size() > 1
          || k + 1 < sentences.size() && !LetterReferences.find(sentences.get(k + 1).text(), List.of()).isEmpty())) {
        break;
      }
    }
    return items;
  }

  /** What a sentence asks, whatever its target. */
  private record Request(Kind kind, List<List<String>> terms, double confidence, String why) {}

  private static Request request(Sentence s, List<String> list, boolean plural) {
    String text = s.text();
    List<String> quotes = quotes(text);
    Matcher del = DELETE.matcher(text);
    if (del.find()) {
      if (!quotes.isEmpty() && (WORDS_TO_GO.matcher(text).find() || quotes.stream().anyMatch(q -> text.indexOf(q) < del.start() + 40))) {
        List<List<String>> terms = quotes.stream().map(q -> List.of(q.strip())).toList();
        return new Request(Kind.EXCLUDES, terms, 0.8,
            "the letter asks to " + del.group().toLowerCase(Locale.ROOT).replaceAll("d$", "") + " the quoted words: excludes");
      }
      return new Request(Kind.DELETED, List.of(), MODAL.matcher(text).find() ? 0.9 : 0.7,
          "the letter asks that the " + (plural ? "articles be" : "article be") + " " + del.group().toLowerCase(Locale.ROOT) + ": deleted");
    }
    Matcher lacks = LACKS.matcher(text);
    Matcher add = ADD.matcher(text);
    Matcher modal = MODAL.matcher(text);
    boolean hasModal = modal.find();
    boolean asksToAdd = hasModal && add.find(modal.start());
    boolean complains = lacks.find();
    if (asksToAdd || complains || (hasModal && text.endsWith(":") && !list.isEmpty())) {
      List<List<String>> terms = new ArrayList<>();
      if (asksToAdd || complains) {
        int from = complains ? lacks.end() : add.end();
        String object = text.substring(from);
        if (asksToAdd && object.replaceAll("[\\s\\p{P}]", "").length() < 3 || object.strip().matches("(?i)(?:in|to|into)\\s(?:Article|the|this).*")) {
          object = text.substring(0, modal.start()); // "X should be included in Article 24"
        }
        terms.addAll(terms(object));
      }
      for (String item : list) {
        terms.addAll(terms(item));
      }
      terms = group(terms);
      if (!terms.isEmpty()) {
        String cue = complains ? lacks.group() : asksToAdd ? add.group() : "should hold";
        return new Request(Kind.CONTAINS, terms, list.isEmpty() ? 0.7 : 0.8,
            "the letter " + (complains ? "says it " + cue.toLowerCase(Locale.ROOT) : "asks for")
                + " " + terms.size() + (terms.size() == 1 ? " thing" : " things") + (list.isEmpty() ? "" : ", listed after the sentence") + ": contains");
      }
    }
    Matcher review = REVIEW.matcher(text);
    if (review.find()) {
      return new Request(Kind.REVIEW, List.of(), 0.5,
          "the letter asks for a change (\"" + review.group().toLowerCase(Locale.ROOT) + "\") without words to look for: needs review");
    }
    if (PRAISE.matcher(text).find() && !hasModal) {
      return null;
    }
    return new Request(Kind.REVIEW, List.of(), 0.3, "no request Redline recognises: needs review");
  }

  private static Draftable provisionDemand(Sentence s, List<Reference> targets, List<String> list) {
    boolean implicit = targets.stream().allMatch(Reference::implicit);
    Request r = request(s, list, targets.size() > 1);
    if (r == null) {
      return null;
    }
    String why = r.kind() == Kind.REVIEW && r.confidence() < 0.5 ? "the letter names the article without a request Redline recognises: needs review" : r.why();
    return new Draftable(targets, null, r.kind(), r.terms(), s, r.confidence() - (implicit ? 0.1 : 0), why);
  }

  /** Topic demands from a sentence that names no article: one per topic, merged across the letter. */
  private static void topicDemands(Sentence s, String block, List<String> list, Map<String, Draftable> topics, List<Draftable> drafts) {
    String lower = s.text().toLowerCase(Locale.ROOT);
    if (isHeading(s.text()) || !CONCERN.matcher(block).find()) {
      return;
    }
    for (TopicCue topic : TOPICS) {
      for (String cue : topic.cues()) {
        int at = lower.indexOf(cue);
        if (at < 0 || (at > 0 && Character.isLetter(lower.charAt(at - 1)))) {
          continue;
        }
        String phrase = keyPhrase(s.text(), at, cue.length());
        Draftable d = topics.get(topic.name());
        Request found = request(s, list, false);
        Request r = found == null ? new Request(Kind.REVIEW, List.of(), 0.3, "") : found;
        boolean alone = TOPICS.stream().filter(t -> t.cues().stream().anyMatch(lower::contains)).count() == 1;
        List<List<String>> terms = new ArrayList<>(r.kind() == Kind.CONTAINS && alone ? r.terms() : List.of());
        Matcher w = WITHOUT.matcher(s.text());
        while (w.find()) {
          if (Math.abs(w.start() - at) < 120) {
            terms.addAll(terms(w.group(1)));
          }
        }
        terms = group(terms);
        if (d == null) {
          Kind kind = terms.isEmpty() ? Kind.REVIEW : Kind.CONTAINS;
          d = new Draftable(List.of(), topic.name(), kind, terms, s, terms.isEmpty() ? 0.4 : 0.5,
              "the letter raises " + topic.name() + " without naming an article"
                  + (terms.isEmpty() ? ": topic, needs review" : ", and what it asks for: topic, contains"));
          topics.put(topic.name(), d);
          drafts.add(d);
        } else if (d.kind == Kind.CONTAINS && !terms.isEmpty()) {
          d.terms.addAll(terms);
          List<List<String>> grouped = group(d.terms);
          d.terms.clear();
          d.terms.addAll(grouped);
        }
        if (d.keyPhrases.size() < MAX_KEY_PHRASES) {
          d.keyPhrases.add(phrase);
        }
        break;
      }
    }
  }

  /** A heading of the letter ("1. Overly Broad Scope:"): few words, most capitalised. */
  private static boolean isHeading(String text) {
    String[] words = text.split("\\s+");
    if (words.length > 12) {
      return false;
    }
    int long_ = 0;
    int capital = 0;
    for (String w : words) {
      if (w.length() > 3) {
        long_++;
        if (Character.isUpperCase(w.charAt(0))) {
          capital++;
        }
      }
    }
    return long_ > 0 && capital * 10 >= long_ * 6;
  }

  /** The letter's words around a topic cue: the cue and up to two following words that are not connectors. */
  private static String keyPhrase(String text, int at, int length) {
    int end = at + length;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
      end++;
    }
    int words = EXTENDABLE.contains(text.substring(at, at + length).toLowerCase(Locale.ROOT)) ? 0 : 2;
    Matcher w = WORD.matcher(text);
    int pos = end;
    while (words < 2 && w.find(pos)) {
      if (text.substring(pos, w.start()).strip().length() > 0 || STOP.contains(w.group().toLowerCase(Locale.ROOT))) {
        break;
      }
      String word = w.group().toLowerCase(Locale.ROOT);
      if (CUT.matcher(" " + word + " ").find()) {
        break;
      }
      end = w.end();
      pos = end;
      words++;
    }
    int start = at;
    while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
      start--;
    }
    return text.substring(start, end).strip();
  }

  /** Where what is asked ends: a purpose or a new clause begins. */
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)(?:,?\\s(?:to|in\\sorder\\sto|so\\sthat|so\\sas\\sto|which|that|once|thereby|because|since|while|whereas|unless|until)\\s|\\s[\u2013\u2014]\\s|,\\s(?:contradicting|unlike|like|as|in\\sline\\swith|consistent\\swith|contrary\\sto|compared)\\s)");
  private static final Pattern ARTICLE_IN_TERM = Pattern.compile("\\b(?:[Aa]rticles?|[Aa]rts?\\.|[Pp]aragraphs?)\\s{0,3}\\d");

  /** The things asked for in a phrase: each a list of variants, the letter's own words. */
  static List<List<String>> terms(String phrase) {
    String p = phrase.replaceAll("\\s+", " ").strip().replaceAll("[.;:]+$", "");
    p = strip(p);
    Matcher b = BOUNDARY.matcher(p);
    if (b.find()) {
      p = p.substring(0, b.start());
    }
    List<String> items = new ArrayList<>();
    for (String raw : p.split("(?i),\\s(?:and\\s|or\\s)?|;\\s|\\sand\\s|\\sas\\swell\\sas\\s|\\sor\\s")) {
      items.add(raw.strip());
    }
    // "clear, precise and effective standards": qualifiers of the last item, not things asked.
    while (items.size() > 1 && QUALIFIERS.contains(items.get(0).toLowerCase(Locale.ROOT))) {
      items.remove(0);
    }
    List<List<String>> out = new ArrayList<>();
    for (String raw : items) {
      String item = strip(raw);
      Matcher passive = PASSIVE.matcher(item);
      if (passive.matches()) {
        item = strip(passive.group(1));
      }
      String alternative = null;
      Matcher paren = PARENTHESIS.matcher(item);
      if (paren.find()) {
        String inside = paren.group(2).strip();
        if (!inside.contains(" ")) {
          alternative = item.substring(0, paren.start()) + inside + item.substring(paren.end());
        }
        item = item.substring(0, paren.start()) + paren.group(1) + item.substring(paren.end());
      }
      if (ARTICLE_IN_TERM.matcher(item).find()) {
        continue;
      }
      item = cut(item);
      String first = item.isEmpty() ? "" : item.split(" ")[0].toLowerCase(Locale.ROOT);
      String unqualified = item.toLowerCase(Locale.ROOT);
      while (unqualified.contains(" ") && QUALIFIERS.contains(unqualified.substring(0, unqualified.indexOf(' ')))) {
        unqualified = unqualified.substring(unqualified.indexOf(' ') + 1);
      }
      if (VAGUE.contains(unqualified)) {
        continue;
      }
      if (item.isEmpty() || VAGUE.contains(item.toLowerCase(Locale.ROOT)) || VAGUE.contains(first) || item.split(" ").length > 5
          || !WORD.matcher(item).find() || item.chars().allMatch(c -> Character.isDigit(c) || c == ' ')) {
        continue;
      }
      List<String> variants = new ArrayList<>();
      variants.add(item);
      if (alternative != null) {
        String alt = cut(alternative);
        if (!alt.isEmpty() && !alt.equals(item)) {
          variants.add(alt);
        }
      }
      String[] words = item.split(" ");
      if (words.length > 1 && QUALIFIERS.contains(words[0].toLowerCase(Locale.ROOT))) {
        String bare = item.substring(words[0].length() + 1);
        if (!VAGUE.contains(bare.toLowerCase(Locale.ROOT))) {
          variants.add(bare);
        }
      }
      out.add(variants);
    }
    return out;
  }

  /** A clause in the passive: what is asked comes after its participle, "access be committed with X". */
  private static final Pattern PASSIVE =
      Pattern.compile("(?i)^(?:that\\s)?[^,;]{0,60}?\\s(?:be|is|are|being)\\s\\w{2,20}(?:ed|en)\\s(?:with|by|for|under|on)\\s(.+)$");

  private static String strip(String phrase) {
    String item = phrase.strip();
    String before;
    do {
      before = item;
      item = LEADING.matcher(item).replaceFirst("");
      item = CONTAINER.matcher(item).replaceFirst("");
    } while (!item.equals(before));
    return item;
  }

  private static String cut(String item) {
    Matcher c = CUT.matcher(item);
    String s = c.find() ? item.substring(0, c.start()) : item;
    s = s.replaceAll("[\\p{Pe}\\p{Pf}\\p{Pi}\\p{Ps}\"',.;:!?]", " ").replaceAll("\\s+", " ").strip();
    while (s.matches("(?i)^(?:the|a|an|and|or|such|these|those|this|that|any|all|every|each)\\s.*")) {
      s = s.substring(s.indexOf(' ') + 1);
    }
    return s;
  }

  /** Terms with the same stems are one term: "notification" and "notifications". */
  private static List<List<String>> group(List<List<String>> terms) {
    Map<List<String>, List<String>> groups = new LinkedHashMap<>();
    for (List<String> variants : terms) {
      List<String> key = Phrases.stems(variants.get(0));
      List<String> into = groups.computeIfAbsent(key, k -> new ArrayList<>());
      for (String v : variants) {
        if (into.stream().noneMatch(x -> x.equalsIgnoreCase(v))) {
          into.add(v);
        }
      }
    }
    return new ArrayList<>(groups.values());
  }

  private static List<String> quotes(String text) {
    List<String> out = new ArrayList<>();
    Matcher q = QUOTED.matcher(text);
    while (q.find()) {
      out.add(q.group(1) != null ? q.group(1) : q.group(2));
    }
    return out;
  }

  /**
   * One demand per target and kind: requests for the same thing are merged, and a review demand is
   * dropped where the letter asks something concrete of the same article.
   */
  private static List<Draftable> merge(List<Draftable> drafts) {
    Set<String> concrete = new HashSet<>();
    for (Draftable d : drafts) {
      if (d.kind != Kind.REVIEW && d.topic == null) {
        d.targets.forEach(t -> concrete.add(t.article()));
      }
    }
    List<Draftable> out = new ArrayList<>();
    Map<String, Draftable> seen = new LinkedHashMap<>();
    Set<String> paragraphs = new HashSet<>();
    for (Draftable d : drafts) {
      if (d.topic == null) {
        d.targets.stream().filter(t -> !t.labels().isEmpty()).forEach(t -> paragraphs.add(t.article()));
      }
    }
    for (Draftable d : drafts) {
      if (d.topic == null && d.kind == Kind.REVIEW && d.targets.stream().allMatch(t -> concrete.contains(t.article()))) {
        continue;
      }
      if (d.topic == null && d.kind == Kind.REVIEW && d.confidence < 0.5
          && d.targets.stream().allMatch(t -> t.labels().isEmpty() && paragraphs.contains(t.article()))) {
        continue; // a complaint about the article, then a request on one of its paragraphs
      }
      String key = d.topic != null ? "topic " + d.topic
          : d.kind + " " + d.targets.stream().map(Reference::target).collect(Collectors.joining(","));
      Draftable earlier = seen.get(key);
      if (earlier != null && d.topic == null) {
        if (d.kind == Kind.CONTAINS || d.kind == Kind.EXCLUDES) {
          earlier.terms.addAll(d.terms);
          List<List<String>> grouped = group(earlier.terms);
          earlier.terms.clear();
          earlier.terms.addAll(grouped);
          earlier.asked++;
          if (earlier.asked <= MAX_NOTES) {
            earlier.why += "; more asked at " + (d.sentence.page() > 0 ? "p. " + d.sentence.page() + ", " : "") + "l. " + d.sentence.line()
                + " (" + earlier.terms.size() + " things in all)";
          }
        }
        continue;
      }
      seen.put(key, d);
      out.add(d);
    }
    return out;
  }

  private static final Pattern REVISION = Pattern.compile("\\bRev\\.\\s?(\\d{1,2})\\b");

  /** The revision a letter names (Rev.3), or {@code Rev.?} for the reviewer to set. */
  private static String revisionIn(Letter letter) {
    for (Letter.Line l : letter.lines()) {
      Matcher m = REVISION.matcher(l.text());
      if (m.find()) {
        return "Rev." + m.group(1);
      }
    }
    return "Rev.?";
  }

  private static DraftedDemand build(Draftable d, String id, String numbering, Optional<Draft> against, Letter letter) {
    DraftedDemand.Quote quote = new DraftedDemand.Quote(d.sentence.whole(), d.sentence.page(), d.sentence.line());
    String source = letter.file() + ", " + quote.where();
    String why = d.why;
    List<DemandTarget> targets = new ArrayList<>();
    List<DraftedDemand.Proposal> proposals = new ArrayList<>();
    Position at = new Position(d.sentence.line(), 1);
    if (d.topic != null) {
      List<String> phrases = new ArrayList<>(d.keyPhrases);
      targets.add(new DemandTarget.Topic(phrases, at));
      against.ifPresent(draft -> proposals.addAll(propose(draft, phrases)));
    } else {
      List<String> dropped = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      for (Reference r : d.targets) {
        String target = r.target();
        if (against.isPresent()) {
          Optional<Article> article = against.get().article(r.article());
          if (article.isEmpty()) {
            dropped.add(target);
            continue;
          }
          if (!r.labels().isEmpty()) {
            List<String> labels = r.labels();
            if (article.get().allClauses().noneMatch(c -> c.path().labels().equals(labels))) {
              dropped.add(target);
              target = r.article();
            }
          }
        }
        names.add(target);
      }
      Map<String, Long> perArticle = names.stream().filter(t -> t.contains("(")).collect(Collectors.groupingBy(t -> t.substring(0, t.indexOf('(')), LinkedHashMap::new, Collectors.counting()));
      for (Map.Entry<String, Long> e : perArticle.entrySet()) {
        if (e.getValue() > MAX_PARAGRAPHS) {
          Set<String> collapsed = new LinkedHashSet<>();
          for (String t : names) {
            collapsed.add(t.startsWith(e.getKey() + "(") ? e.getKey() : t);
          }
          names = collapsed;
          why += "; " + e.getValue() + " paragraphs of Article " + e.getKey() + " read as the whole article";
        }
      }
      if (names.isEmpty()) {
        return topicFallback(d, id, quote, source, why + "; " + String.join(", ", dropped) + " not in " + numbering);
      }
      for (String name : names) {
        Matcher m = Pattern.compile("(\\d{1,4})((?:\\([0-9a-z]{1,4}\\))*)").matcher(name);
        m.matches();
        List<String> labels = new ArrayList<>();
        Matcher l = Pattern.compile("\\(([0-9a-z]{1,4})\\)").matcher(m.group(2));
        while (l.find()) {
          labels.add(l.group(1));
        }
        targets.add(new DemandTarget.Provision(m.group(1), labels, at));
      }
      if (!dropped.isEmpty()) {
        why += "; " + String.join(", ", dropped) + " not in " + numbering;
      }
    }
    DemandCheck check = check(d);
    String title = title(d, targets);
    Demand demand = new Demand(id, title, source, d.topic != null ? "" : numbering, targets, check, at, true);
    double confidence = Math.max(0, Math.min(1, d.confidence));
    return new DraftedDemand(demand, quote, round(confidence), why, proposals);
  }

  private static DraftedDemand topicFallback(Draftable d, String id, DraftedDemand.Quote quote, String source, String why) {
    List<String> phrases = List.of(shorten(d.sentence.text(), 60));
    Demand demand =
        new Demand(id, "Read: " + shorten(d.sentence.text(), 80), source, "", List.of(new DemandTarget.Topic(phrases, new Position(quote.line(), 1))),
            new DemandCheck.Review(d.sentence.text()), new Position(quote.line(), 1), true);
    return new DraftedDemand(demand, quote, 0.1, why, List.of());
  }

  private static DemandCheck check(Draftable d) {
    return switch (d.kind) {
      case DELETED -> new DemandCheck.Deleted();
      case EXCLUDES -> new DemandCheck.Excludes(d.terms.stream().map(t -> t.get(0)).toList());
      case REVIEW -> new DemandCheck.Review(d.sentence.text());
      case CONTAINS -> {
        if (d.terms.size() == 1) {
          yield new DemandCheck.Contains(d.terms.get(0), d.terms.get(0).size() > 1);
        }
        if (d.terms.stream().allMatch(t -> t.size() == 1)) {
          yield new DemandCheck.Contains(d.terms.stream().map(t -> t.get(0)).toList(), false);
        }
        yield new DemandCheck.AllOf(
            d.terms.stream().map(t -> new DemandCheck.Part(new DemandCheck.Contains(t, t.size() > 1), 1, t.get(0))).toList());
      }
    };
  }

  private static String title(Draftable d, List<DemandTarget> targets) {
    String where = d.topic != null ? "On " + d.topic
        : (targets.size() > 1 ? "Articles " : "Article ") + targets.stream().map(Object::toString).collect(Collectors.joining(", "));
    return switch (d.kind) {
      case DELETED -> "Delete " + where.substring(0, 1).toLowerCase(Locale.ROOT) + where.substring(1);
      case EXCLUDES -> where + ": without " + d.terms.stream().map(t -> "\"" + t.get(0) + "\"").collect(Collectors.joining(", "));
      case CONTAINS -> where + ": " + d.terms.stream().map(t -> t.get(0)).collect(Collectors.joining(", "));
      case REVIEW -> where + ": " + shorten(d.sentence.text(), 90);
    };
  }

  /**
   * Articles of the draft whose text holds most of a key phrase's words, best first: the score is
   * the share of the phrase's words found; at equal scores, words in the title, then how often the
   * words occur, come first.
   */
  static List<DraftedDemand.Proposal> propose(Draft draft, List<String> phrases) {
    record Scored(DraftedDemand.Proposal proposal, int inTitle, int occurrences) {}
    List<Scored> scored = new ArrayList<>();
    for (Article a : draft.articles()) {
      List<String> text = Phrases.stems(a.title() + "\n" + a.allClauses().map(Clause::text).collect(Collectors.joining("\n")));
      Set<String> words = new HashSet<>(text);
      Set<String> title = new HashSet<>(Phrases.stems(a.title()));
      double best = 0;
      int bestTitle = 0;
      int bestCount = 0;
      for (String phrase : phrases) {
        List<String> content = content(phrase);
        if (content.isEmpty()) {
          continue;
        }
        double score = (double) content.stream().filter(words::contains).count() / content.size();
        int inTitle = (int) content.stream().filter(title::contains).count();
        int count = (int) text.stream().filter(content::contains).count();
        if (score > best || score == best && (inTitle > bestTitle || inTitle == bestTitle && count > bestCount)) {
          best = score;
          bestTitle = inTitle;
          bestCount = count;
        }
      }
      if (best >= PROPOSAL_FLOOR) {
        scored.add(new Scored(new DraftedDemand.Proposal(a.number(), a.title(), round(best)), bestTitle, bestCount));
      }
    }
    scored.sort(Comparator.comparingDouble((Scored x) -> x.proposal().score()).reversed()
        .thenComparing(Comparator.comparingInt(Scored::inTitle).reversed())
        .thenComparing(Comparator.comparingInt(Scored::occurrences).reversed()));
    return scored.stream().limit(MAX_PROPOSALS).map(Scored::proposal).toList();
  }

  private static List<String> content(String phrase) {
    List<String> out = new ArrayList<>();
    Matcher w = Pattern.compile("[\\p{L}\\p{N}]+").matcher(phrase.toLowerCase(Locale.ROOT));
    while (w.find()) {
      if (!STOP.contains(w.group()) && !QUALIFIERS.contains(w.group()) && !w.group().equals("good") && !w.group().equals("faith")) {
        String stem = Phrases.stem(w.group());
        if (!out.contains(stem)) {
          out.add(stem);
        }
      }
    }
    return out;
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).strip() + "\u2026";
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}

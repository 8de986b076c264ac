package dev.redline.diff;

import dev.redline.model.ChangeKind;
import dev.redline.model.Edit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a line's token script into edits and says what kind each is. Stateless and thread-safe.
 *
 * <p>A label that differs is one {@link ChangeKind#NUMBERING} edit. In the body, changed tokens
 * that only white space separates form one edit; an edit that adds or removes a square bracket
 * grows to the bracket's partner and is {@link ChangeKind#BRACKETS}; an edit whose changed tokens
 * are, pair by pair, cross-reference numbers or footnote markers that the renumbering explains, or
 * that rewrites a reference to articles so that it names just what they became (a split article:
 * {@code article 25} to {@code articles 24 and 25}), is {@link ChangeKind#CONSEQUENTIAL}; an edit
 * of punctuation, or of words that are the same but for
 * capitals, accents or spelling, is {@link ChangeKind#EDITORIAL}; anything else is {@link
 * ChangeKind#SUBSTANTIVE}.
 */
final class EditClassifier {
  private EditClassifier() {}

  /** The one edit of a line that exists in one draft only: its whole body, without its label. */
  static List<Edit> whole(Line line, boolean inserted) {
    String body = line.body();
    String stripped = body.strip();
    if (stripped.isEmpty()) {
      return List.of();
    }
    int offset = line.head().length() + body.indexOf(stripped);
    ChangeKind kind = bracketed(stripped) ? ChangeKind.BRACKETS : ChangeKind.SUBSTANTIVE;
    return List.of(inserted ? new Edit(kind, "", 0, stripped, offset) : new Edit(kind, stripped, offset, "", 0));
  }

  /** The edits of a line in both drafts, in reading order. */
  static List<Edit> classify(TokenScript script, Line oldLine, Line newLine, Context context) {
    List<Edit> edits = new ArrayList<>();
    if (!TokenStyle.lineKey(oldLine.label()).equals(TokenStyle.lineKey(newLine.label()))) {
      edits.add(numbering(oldLine.label(), newLine.label()));
    }
    List<int[]> groups = groups(script);
    References.Reference[] oldRefs = References.of(script.oldTokens);
    References.Reference[] newRefs = References.of(script.newTokens);
    String oldText = oldLine.text();
    String newText = newLine.text();
    for (int[] group : groups) {
      edits.add(edit(script, group, oldText, newText, oldRefs, newRefs, context));
    }
    return edits;
  }

  /**
   * The numbering edit of two labels, without the words they share at either end: {@code Article
   * 17} to {@code Article 18} is {@code 17 → 18}, one word each way, not two.
   */
  static Edit numbering(String oldLabel, String newLabel) {
    String[] o = oldLabel.split(" ", -1);
    String[] n = newLabel.split(" ", -1);
    int head = 0;
    while (head < o.length - 1 && head < n.length - 1 && o[head].equals(n[head])) {
      head++;
    }
    int tail = 0;
    while (tail < o.length - 1 - head && tail < n.length - 1 - head
        && o[o.length - 1 - tail].equals(n[n.length - 1 - tail])) {
      tail++;
    }
    int offset = 0;
    for (int k = 0; k < head; k++) {
      offset += o[k].length() + 1;
    }
    String oldPart = String.join(" ", java.util.Arrays.asList(o).subList(head, o.length - tail));
    String newPart = String.join(" ", java.util.Arrays.asList(n).subList(head, n.length - tail));
    return new Edit(ChangeKind.NUMBERING, oldPart, oldPart.isEmpty() ? 0 : offset, newPart, newPart.isEmpty() ? 0 : offset);
  }

  /** Runs of changed body steps, as step index ranges [first, last], grown to bracket partners and merged. */
  private static List<int[]> groups(TokenScript script) {
    List<TokenScript.Step> steps = script.steps;
    List<int[]> groups = new ArrayList<>();
    int[] current = null;
    for (int k = 0; k < steps.size(); k++) {
      TokenScript.Step step = steps.get(k);
      if (inHead(script, step) || step.kept()) {
        continue;
      }
      if (current != null && onlySpaceBetween(script, current[1], k)) {
        current[1] = k;
      } else {
        current = new int[] {k, k};
        groups.add(current);
      }
    }
    boolean grown = true;
    while (grown) {
      grown = false;
      for (int[] group : groups) {
        for (int k = group[0]; k <= group[1]; k++) {
          int partner = bracketPartner(script, k);
          if (partner >= 0 && (partner < group[0] || partner > group[1])) {
            group[0] = Math.min(group[0], partner);
            group[1] = Math.max(group[1], partner);
            grown = true;
          }
        }
      }
      groups.sort((a, b) -> Integer.compare(a[0], b[0]));
      List<int[]> merged = new ArrayList<>();
      for (int[] group : groups) {
        int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && group[0] <= last[1]) {
          last[1] = Math.max(last[1], group[1]);
        } else {
          merged.add(group);
        }
      }
      groups = merged;
    }
    return groups;
  }

  private static boolean inHead(TokenScript script, TokenScript.Step step) {
    return (step.oldIndex() >= 0 && step.oldIndex() < script.oldHead)
        || (step.newIndex() >= 0 && step.newIndex() < script.newHead);
  }

  private static boolean onlySpaceBetween(TokenScript script, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      TokenScript.Step step = script.steps.get(k);
      if (!step.quiet() && !TokenStyle.isSpace(script.token(step))) {
        return false;
      }
    }
    return true;
  }

  /** For a step that deletes or inserts a square bracket, the step holding its partner on the same side; else -1. */
  private static int bracketPartner(TokenScript script, int k) {
    TokenScript.Step step = script.steps.get(k);
    if (step.kept() || !TokenStyle.isBracket(script.token(step))) {
      return -1;
    }
    boolean old = step.kind() == TokenScript.Kind.DELETE;
    List<String> tokens = old ? script.oldTokens : script.newTokens;
    int head = old ? script.oldHead : script.newHead;
    int index = old ? step.oldIndex() : step.newIndex();
    int direction = tokens.get(index).equals("[") ? 1 : -1;
    int depth = 0;
    for (int t = index; t >= head && t < tokens.size(); t += direction) {
      String token = tokens.get(t);
      if (token.equals("[")) {
        depth += direction;
      } else if (token.equals("]")) {
        depth -= direction;
      }
      if (depth == 0) {
        return stepOf(script, old, t);
      }
    }
    return -1;
  }

  private static int stepOf(TokenScript script, boolean old, int tokenIndex) {
    for (int k = 0; k < script.steps.size(); k++) {
      TokenScript.Step step = script.steps.get(k);
      if ((old ? step.oldIndex() : step.newIndex()) == tokenIndex) {
        return k;
      }
    }
    return -1;
  }

  private static Edit edit(
      TokenScript script,
      int[] group,
      String oldText,
      String newText,
      References.Reference[] oldRefs,
      References.Reference[] newRefs,
      Context context) {
    List<Integer> oldIndices = new ArrayList<>();
    List<Integer> newIndices = new ArrayList<>();
    List<Integer> deleted = new ArrayList<>();
    List<Integer> inserted = new ArrayList<>();
    for (int k = group[0]; k <= group[1]; k++) {
      TokenScript.Step step = script.steps.get(k);
      if (step.oldIndex() >= 0) {
        oldIndices.add(step.oldIndex());
      }
      if (step.newIndex() >= 0) {
        newIndices.add(step.newIndex());
      }
      if (!step.kept() && !TokenStyle.isSpace(script.token(step))) {
        (step.kind() == TokenScript.Kind.DELETE ? deleted : inserted)
            .add(step.kind() == TokenScript.Kind.DELETE ? step.oldIndex() : step.newIndex());
      }
    }
    int[] oldSpan = span(script.oldTokens, oldIndices);
    int[] newSpan = span(script.newTokens, newIndices);
    int oldOffset = oldSpan == null ? insertionPoint(script, group[1], true) : script.oldStart(oldSpan[0]);
    int newOffset = newSpan == null ? insertionPoint(script, group[1], false) : script.newStart(newSpan[0]);
    String oldWords = oldSpan == null ? "" : oldText.substring(oldOffset, script.oldStart(oldSpan[1] + 1));
    String newWords = newSpan == null ? "" : newText.substring(newOffset, script.newStart(newSpan[1] + 1));
    ChangeKind kind = kind(script, deleted, inserted, oldRefs, newRefs, context);
    if (kind == ChangeKind.BRACKETS && !aboutBrackets(script, deleted, inserted, oldWords, newWords)) {
      kind = ChangeKind.SUBSTANTIVE;
    }
    return new Edit(kind, oldWords, oldOffset, newWords, newOffset);
  }

  /**
   * Whether an edit that adds or removes brackets is about them: it changes nothing but brackets,
   * or one of its sides is one bracketed passage. A long insertion that merely holds a bracketed
   * word is wording.
   */
  private static boolean aboutBrackets(
      TokenScript script, List<Integer> deleted, List<Integer> inserted, String oldWords, String newWords) {
    boolean onlyBrackets =
        deleted.stream().allMatch(k -> TokenStyle.isBracket(script.oldTokens.get(k)))
            && inserted.stream().allMatch(k -> TokenStyle.isBracket(script.newTokens.get(k)));
    return onlyBrackets || bracketed(oldWords) || bracketed(newWords);
  }

  /** Whether the text, closing punctuation aside, is one passage in square brackets: {@code [or arrangements]}. */
  static boolean bracketed(String text) {
    List<String> tokens = Tokens.of(text.strip()).stream().filter(t -> !TokenStyle.isSpace(t)).toList();
    int end = tokens.size();
    while (end > 0 && TokenStyle.isPunctuation(tokens.get(end - 1))) {
      end--;
    }
    if (end < 2 || !tokens.get(0).equals("[") || !tokens.get(end - 1).equals("]")) {
      return false;
    }
    int depth = 0;
    for (int k = 0; k < end; k++) {
      if (tokens.get(k).equals("[")) {
        depth++;
      } else if (tokens.get(k).equals("]")) {
        depth--;
        if (depth == 0 && k < end - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  /** The first and last index that is not white space, or null where there is none. */
  private static int[] span(List<String> tokens, List<Integer> indices) {
    int first = -1;
    int last = -1;
    for (int i : indices) {
      if (!TokenStyle.isSpace(tokens.get(i))) {
        first = first < 0 ? i : Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  /** Where, on one side, a change that has no tokens there takes place: before that side's next token. */
  private static int insertionPoint(TokenScript script, int lastStep, boolean old) {
    for (int k = lastStep + 1; k < script.steps.size(); k++) {
      TokenScript.Step step = script.steps.get(k);
      int index = old ? step.oldIndex() : step.newIndex();
      if (index >= 0) {
        return old ? script.oldStart(index) : script.newStart(index);
      }
    }
    return old ? script.oldStart(script.oldTokens.size()) : script.newStart(script.newTokens.size());
  }

  private static ChangeKind kind(
      TokenScript script,
      List<Integer> deleted,
      List<Integer> inserted,
      References.Reference[] oldRefs,
      References.Reference[] newRefs,
      Context context) {
    List<String> d = deleted.stream().map(script.oldTokens::get).toList();
    List<String> i = inserted.stream().map(script.newTokens::get).toList();
    if (d.stream().anyMatch(TokenStyle::isBracket) || i.stream().anyMatch(TokenStyle::isBracket)) {
      return ChangeKind.BRACKETS;
    }
    if (consequential(deleted, inserted, script, oldRefs, newRefs, context)
        || followsSplitOrMerge(deleted, inserted, script, context)) {
      return ChangeKind.CONSEQUENTIAL;
    }
    if (editorial(d, i)) {
      return ChangeKind.EDITORIAL;
    }
    return ChangeKind.SUBSTANTIVE;
  }

  private static boolean consequential(
      List<Integer> deleted,
      List<Integer> inserted,
      TokenScript script,
      References.Reference[] oldRefs,
      References.Reference[] newRefs,
      Context context) {
    if (deleted.isEmpty() || deleted.size() != inserted.size()) {
      return false;
    }
    Renumbering r = context.renumbering();
    for (int k = 0; k < deleted.size(); k++) {
      String d = script.oldTokens.get(deleted.get(k));
      String i = script.newTokens.get(inserted.get(k));
      if (TokenStyle.isMarker(d) && TokenStyle.isMarker(i)) {
        if (!r.footnoteBecame(TokenStyle.markerName(d), TokenStyle.markerName(i))) {
          return false;
        }
        continue;
      }
      References.Reference from = oldRefs[deleted.get(k)];
      References.Reference to = newRefs[inserted.get(k)];
      if (from == null || to == null || from.target() != to.target()) {
        return false;
      }
      String[] a = d.split("[-‐‑–—]");
      String[] b = i.split("[-‐‑–—]");
      if (a.length != b.length) {
        return false;
      }
      for (int n = 0; n < a.length; n++) {
        boolean explained =
            from.target() == References.Target.ARTICLE
                ? r.articleBecame(a[n], b[n])
                : r.paragraphBecame(
                    from.article() != null ? from.article() : context.oldArticle(),
                    a[n],
                    to.article() != null ? to.article() : context.newArticle(),
                    b[n]);
        if (!explained) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether the edit rewrites one reference to articles so that it names exactly the articles the
   * old ones became: {@code article 25} to {@code articles 24 and 25} where article 25 was split
   * into 24 and 25. Only reference words may change: keywords, numbers and connectors.
   */
  private static boolean followsSplitOrMerge(
      List<Integer> deleted, List<Integer> inserted, TokenScript script, Context context) {
    if (deleted.isEmpty() && inserted.isEmpty()) {
      return false;
    }
    if (!deleted.stream().allMatch(k -> References.isReferenceWord(script.oldTokens.get(k)))
        || !inserted.stream().allMatch(k -> References.isReferenceWord(script.newTokens.get(k)))) {
      return false;
    }
    References.Expression before = around(References.articleExpressions(script.oldTokens), deleted);
    References.Expression after = around(References.articleExpressions(script.newTokens), inserted);
    if (before == null || after == null) {
      return false;
    }
    Set<String> image = new HashSet<>();
    for (String n : before.numbers()) {
      Set<String> became = context.renumbering().articlesFrom(n);
      if (became.isEmpty()) {
        return false;
      }
      image.addAll(became);
    }
    return image.equals(new HashSet<>(after.numbers()));
  }

  /** The one expression that holds every index; null where there is none, or the indices are empty. */
  private static References.Expression around(List<References.Expression> expressions, List<Integer> indices) {
    if (indices.isEmpty()) {
      return null;
    }
    for (References.Expression e : expressions) {
      if (indices.stream().allMatch(e::covers)) {
        return e;
      }
    }
    return null;
  }

  /** Punctuation alone, or the same words but for capitals, accents and spelling, with any punctuation. */
  private static boolean editorial(List<String> deleted, List<String> inserted) {
    List<String> d = deleted.stream().filter(t -> !TokenStyle.isPunctuation(t)).toList();
    List<String> i = inserted.stream().filter(t -> !TokenStyle.isPunctuation(t)).toList();
    if (d.size() != i.size()) {
      return false;
    }
    for (int k = 0; k < d.size(); k++) {
      if (!TokenStyle.isWord(d.get(k)) || !TokenStyle.isWord(i.get(k))) {
        return false;
      }
      if (!TokenStyle.editorialKey(d.get(k)).equals(TokenStyle.editorialKey(i.get(k)))) {
        return false;
      }
    }
    return true;
  }
}

package dev.redline.read;

import static dev.redline.read.WordXml.attribute;
import static dev.redline.read.WordXml.child;
import static dev.redline.read.WordXml.childInt;
import static dev.redline.read.WordXml.childValue;
import static dev.redline.read.WordXml.children;
import static dev.redline.read.WordXml.is;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering: renders the label a reader sees ({@code 1.}, {@code (a)}, {@code
 * (iv)}) for paragraphs numbered through {@code numbering.xml}, directly or through their style.
 *
 * <p>The definitions are immutable and may be shared; the running counts live in a {@link
 * Counters}, one per pass through a document, in document order. Counting follows Word: the count
 * belongs to the list definition ({@code w:abstractNum}), so instances ({@code w:num}) of one
 * definition continue each other's numbering; an instance's {@code w:startOverride} sets a level's
 * count the first time that instance is used at that level; using a level restarts every deeper
 * level unless its {@code w:lvlRestart} says otherwise. Unknown numbers, levels and formats give
 * an empty label or decimal numbers, never an error.
 */
final class WordNumbering {
  private static final int LEVELS = 9;
  private static final int UNSET = Integer.MIN_VALUE;
  private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

  /** A paragraph's place in a list: the instance and the 0-based level. */
  record Ref(String numId, int level) {}

  /** One level of a list definition. */
  private record Level(int start, String format, String text, int restart, boolean legal, String suffix, String style) {}

  /** One {@code w:num}: its definition and the levels it overrides. */
  private record Instance(String abstractId, Map<Integer, Integer> startOverrides, Map<Integer, Level> levels) {}

  /** The numbering a paragraph style carries, and the style it is based on. */
  private record StyleNumbering(String basedOn, String numId, Integer level) {}

  private static final WordNumbering NONE = new WordNumbering(Map.of(), Map.of(), Map.of(), Map.of(), null);

  private final Map<String, Level[]> abstracts;
  private final Map<String, String> styleLinks; // abstractNumId -> numbering style it takes its levels from
  private final Map<String, Instance> instances;
  private final Map<String, StyleNumbering> styles;
  private final String defaultStyle;

  private WordNumbering(
      Map<String, Level[]> abstracts,
      Map<String, String> styleLinks,
      Map<String, Instance> instances,
      Map<String, StyleNumbering> styles,
      String defaultStyle) {
    this.abstracts = abstracts;
    this.styleLinks = styleLinks;
    this.instances = instances;
    this.styles = styles;
    this.defaultStyle = defaultStyle;
  }

  /** A document without numbering: every label is empty. */
  static WordNumbering none() {
    return NONE;
  }

  /**
   * Reads the definitions.
   *
   * @param numbering {@code word/numbering.xml}, or null where the document has none
   * @param styles {@code word/styles.xml}, or null where the document has none
   */
  static WordNumbering of(Document numbering, Document styles) {
    Map<String, Level[]> abstracts = new HashMap<>();
    Map<String, String> styleLinks = new HashMap<>();
    Map<String, Instance> instances = new HashMap<>();
    if (numbering != null) {
      for (Element e : children(numbering.getDocumentElement())) {
        if (is(e, "abstractNum")) {
          String id = attribute(e, "abstractNumId");
          Level[] levels = new Level[LEVELS];
          for (Element lvl : children(e)) {
            if (is(lvl, "lvl")) {
              int ilvl = levelIndex(attribute(lvl, "ilvl"));
              if (ilvl >= 0) {
                levels[ilvl] = level(lvl);
              }
            }
          }
          abstracts.put(id, levels);
          String link = childValue(e, "numStyleLink");
          if (link != null) {
            styleLinks.put(id, link);
          }
        } else if (is(e, "num")) {
          Map<Integer, Integer> starts = new HashMap<>();
          Map<Integer, Level> levels = new HashMap<>();
          for (Element override : children(e)) {
            if (!is(override, "lvlOverride")) {
              continue;
            }
            int ilvl = levelIndex(attribute(override, "ilvl"));
            if (ilvl < 0) {
              continue;
            }
            Integer start = childInt(override, "startOverride");
            Optional<Element> lvl = child(override, "lvl");
            lvl.ifPresent(l -> levels.put(ilvl, level(l)));
            if (start == null && lvl.isPresent() && child(lvl.get(), "start").isPresent()) {
              start = levels.get(ilvl).start();
            }
            if (start != null) {
              starts.put(ilvl, start);
            }
          }
          instances.put(attribute(e, "numId"), new Instance(childValue(e, "abstractNumId"), starts, levels));
        }
      }
    }
    Map<String, StyleNumbering> styleNumbering = new HashMap<>();
    String defaultStyle = null;
    if (styles != null) {
      for (Element style : children(styles.getDocumentElement())) {
        String type = attribute(style, "type");
        if (!is(style, "style") || !("paragraph".equals(type) || "numbering".equals(type))) {
          continue; // paragraph styles carry numbering; numbering styles link lists to their levels
        }
        String id = attribute(style, "styleId");
        if ("paragraph".equals(type) && ("1".equals(attribute(style, "default")) || "true".equals(attribute(style, "default")))) {
          defaultStyle = id;
        }
        Optional<Element> numPr = child(style, "pPr").flatMap(p -> child(p, "numPr"));
        styleNumbering.put(
            id,
            new StyleNumbering(
                childValue(style, "basedOn"),
                numPr.map(n -> childValue(n, "numId")).orElse(null),
                numPr.map(n -> childInt(n, "ilvl")).orElse(null)));
      }
    }
    return new WordNumbering(abstracts, styleLinks, instances, styleNumbering, defaultStyle);
  }

  private static int levelIndex(String value) {
    try {
      int i = Integer.parseInt(value == null ? "0" : value.strip());
      return i >= 0 && i < LEVELS ? i : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Level level(Element lvl) {
    Integer start = childInt(lvl, "start");
    Integer restart = childInt(lvl, "lvlRestart");
    String format = childValue(lvl, "numFmt");
    if (format == null) {
      // Word 2010 and later put formats older readers do not know in mc:AlternateContent, with a fallback.
      for (Element alternate : WordXml.allChildren(lvl)) {
        if (WordXml.MC.equals(alternate.getNamespaceURI()) && "AlternateContent".equals(alternate.getLocalName())) {
          for (Element branch : WordXml.allChildren(alternate)) {
            if ("Fallback".equals(branch.getLocalName()) && childValue(branch, "numFmt") != null) {
              format = childValue(branch, "numFmt");
            }
          }
        }
      }
    }
    String text = child(lvl, "lvlText").map(t -> attribute(t, "val")).orElse("");
    return new Level(
        start == null ? 0 : start,
        format == null ? "decimal" : format,
        text == null ? "" : text,
        restart == null ? -1 : restart,
        WordXml.isOn(lvl, "isLgl"),
        Optional.ofNullable(childValue(lvl, "suff")).orElse("tab"),
        childValue(lvl, "pStyle"));
  }

  /**
   * Where a paragraph stands in a list: its own {@code w:numPr} first, then its style's (and the
   * styles that style is based on), then the default paragraph style's.
   *
   * @param styleId the paragraph's style, or null for the default paragraph style
   * @param numId the paragraph's own {@code w:numId}, or null
   * @param level the paragraph's own {@code w:ilvl}, or null
   * @return the list place, or empty where the paragraph is not numbered ({@code w:numId} 0 removes
   *     numbering a style gives)
   */
  Optional<Ref> resolve(String styleId, String numId, Integer level) {
    String style = styleId == null ? defaultStyle : styleId;
    Set<String> seen = new HashSet<>();
    for (String s = style; s != null && (numId == null || level == null) && seen.add(s); ) {
      StyleNumbering n = styles.get(s);
      if (n == null) {
        break;
      }
      if (numId == null) {
        numId = n.numId();
      }
      if (level == null) {
        level = n.level();
      }
      s = n.basedOn();
    }
    if (numId == null || numId.strip().equals("0") || !instances.containsKey(numId)) {
      return Optional.empty();
    }
    if (level == null) {
      level = 0;
      Level[] levels = levels(numId);
      for (int i = 0; levels != null && i < LEVELS; i++) {
        if (levels[i] != null && style != null && style.equals(levels[i].style())) {
          level = i;
          break;
        }
      }
    }
    return Optional.of(new Ref(numId, Math.max(0, Math.min(LEVELS - 1, level))));
  }

  /** The definition id whose levels and counts an instance uses, following numbering-style links. */
  private String definition(String numId) {
    Instance instance = instances.get(numId);
    String id = instance == null ? null : instance.abstractId();
    Set<String> seen = new HashSet<>();
    while (id != null && styleLinks.containsKey(id) && seen.add(id)) {
      StyleNumbering style = styles.get(styleLinks.get(id));
      Instance linked = style == null || style.numId() == null ? null : instances.get(style.numId());
      if (linked == null || linked.abstractId() == null) {
        break;
      }
      id = linked.abstractId();
    }
    return id;
  }

  private Level[] levels(String numId) {
    String id = definition(numId);
    return id == null ? null : abstracts.get(id);
  }

  private Level level(String numId, int ilvl) {
    Instance instance = instances.get(numId);
    if (instance != null && instance.levels().containsKey(ilvl)) {
      return instance.levels().get(ilvl);
    }
    Level[] levels = levels(numId);
    return levels == null ? null : levels[ilvl];
  }

  /** A fresh set of running counts, for one pass through a document in order. */
  Counters counters() {
    return new Counters();
  }

  /** The running counts of one pass through a document. Not thread-safe. */
  final class Counters {
    private final Map<String, int[]> counts = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    private Counters() {}

    /**
     * Counts the next paragraph at this list place and returns its label as a reader sees it,
     * with the separator Word puts after it: {@code "1. "}, {@code "(a) "}; empty for bullets,
     * for levels without a number and for unknown lists.
     */
    String next(Ref ref) {
      String definition = definition(ref.numId());
      Level level = level(ref.numId(), ref.level());
      if (definition == null || level == null) {
        return "";
      }
      int[] count = counts.computeIfAbsent(definition, k -> filled());
      int ilvl = ref.level();
      Integer override = instances.get(ref.numId()).startOverrides().get(ilvl);
      if (used.add(ref.numId() + "/" + ilvl) && override != null) {
        count[ilvl] = override;
      } else {
        count[ilvl] = count[ilvl] == UNSET ? level.start() : count[ilvl] + 1;
      }
      for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
        Level d = level(ref.numId(), deeper);
        int restart = d == null ? -1 : d.restart();
        // lvlRestart is 1-based: restart after a level up to and including that one; 0 never
        if (restart < 0 || (restart > 0 && ilvl < restart)) {
          count[deeper] = UNSET;
        }
      }
      if ("bullet".equals(level.format())) {
        return "";
      }
      String label = render(ref.numId(), level, count).strip();
      if (label.isEmpty()) {
        return "";
      }
      return "nothing".equals(level.suffix()) ? label : label + " ";
    }

    private String render(String numId, Level level, int[] count) {
      Matcher m = PLACEHOLDER.matcher(level.text());
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        int ilvl = m.group(1).charAt(0) - '1';
        Level referenced = level(numId, ilvl);
        String shown = "";
        if (referenced != null) {
          int value = count[ilvl] == UNSET ? referenced.start() : count[ilvl];
          shown = format(value, level.legal() ? "decimal" : referenced.format());
        }
        m.appendReplacement(out, Matcher.quoteReplacement(shown));
      }
      m.appendTail(out);
      return out.toString();
    }
  }

  private static int[] filled() {
    int[] count = new int[LEVELS];
    Arrays.fill(count, UNSET);
    return count;
  }

  /**
   * The largest number shown in letters or roman numerals: Word's largest list start, 32,767. A
   * larger one (a hostile file may start a list at two billion, which in letters would be 82
   * million of them) is shown in decimal, so a label stays short.
   */
  static final int MAX_LETTERED = 32_767;

  /** A number in one of Word's number formats; formats Redline does not know come out decimal. */
  static String format(int value, String format) {
    if (value > MAX_LETTERED) {
      return Integer.toString(value);
    }
    return switch (format) {
      case "lowerLetter" -> letters(value);
      case "upperLetter" -> letters(value).toUpperCase(java.util.Locale.ROOT);
      case "lowerRoman" -> value > 0 ? roman(value) : Integer.toString(value);
      case "upperRoman" -> value > 0 ? roman(value).toUpperCase(java.util.Locale.ROOT) : Integer.toString(value);
      case "decimalZero" -> value >= 0 && value < 10 ? "0" + value : Integer.toString(value);
      case "ordinal" -> value + ordinalSuffix(value);
      case "russianLower" -> alphabet(value, RUSSIAN);
      case "russianUpper" -> alphabet(value, RUSSIAN).toUpperCase(java.util.Locale.ROOT);
      case "arabicAlpha" -> alphabet(value, ARABIC_ALPHA);
      case "arabicAbjad" -> alphabet(value, ARABIC_ABJAD);
      case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting" -> chinese(value);
      case "none", "bullet" -> "";
      default -> Integer.toString(value);
    };
  }

  /** The letters Word counts with in {@code russianLower}: the alphabet without ё, й, ъ, ы, ь. */
  private static final List<String> RUSSIAN = letterList("абвгдежзиклмнопрстуфхцчшщэюя");
  /** {@code arabicAlpha}: the alphabet in its usual (hijā'ī) order. */
  private static final List<String> ARABIC_ALPHA =
      List.of("أ", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق",
          "ك", "ل", "م", "ن", "هـ", "و", "ي");
  /** {@code arabicAbjad}: the old numeral order, used for subparagraphs in United Nations texts. */
  private static final List<String> ARABIC_ABJAD =
      List.of("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش",
          "ت", "ث", "خ", "ذ", "ض", "ظ", "غ");

  private static List<String> letterList(String letters) {
    return letters.codePoints().mapToObj(Character::toString).toList();
  }

  /** A letter of the alphabet, repeated once the alphabet runs out, as Word does; nothing for 0 and below. */
  private static String alphabet(int value, List<String> letters) {
    if (value <= 0) {
      return "";
    }
    return letters.get((value - 1) % letters.size()).repeat((value - 1) / letters.size() + 1);
  }

  /** A number in Chinese numerals, 一 to 九十九; larger numbers in decimal. */
  private static String chinese(int value) {
    String digits = "〇一二三四五六七八九";
    if (value <= 0 || value > 99) {
      return Integer.toString(value);
    }
    if (value < 10) {
      return String.valueOf(digits.charAt(value));
    }
    String tens = value / 10 == 1 ? "十" : digits.charAt(value / 10) + "十";
    return value % 10 == 0 ? tens : tens + digits.charAt(value % 10);
  }

  /** Word's letters: a to z, then aa to zz, then aaa; nothing for 0 and below. */
  private static String letters(int value) {
    if (value <= 0) {
      return "";
    }
    char letter = (char) ('a' + (value - 1) % 26);
    return String.valueOf(letter).repeat((value - 1) / 26 + 1);
  }

  private static String roman(int value) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    StringBuilder out = new StringBuilder();
    int rest = value;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(digits[i]);
        rest -= values[i];
      }
    }
    return out.toString();
  }

  private static String ordinalSuffix(int value) {
    int lastTwo = Math.abs(value) % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return "th";
    }
    return switch (Math.abs(value) % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}

package dev.redline.read;

import dev.redline.model.DivisionKind;
import dev.redline.model.StageMarker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of articles and divisions that Redline knows, in the six United Nations languages
 * and common national styles, and how their numbers are normalised.
 *
 * <p>Articles: {@code Article 5}, {@code Article 1er} or {@code Article premier}, {@code Article 5
 * bis}, {@code Artikel 5}, {@code Art. 5}, {@code Artículo 5} ({@code Articulo}), {@code Статья 5},
 * {@code Rule 5}, {@code § 5a} ({@code §5}), {@code 第五条} or {@code 第5条}, {@code المادة 5},
 * {@code المادة (5)} or an ordinal word from first to ninety-ninth ({@code المادة الأولى}), and {@code
 * Section 5} (see below); numbers have up to six digits. Divisions: {@code Part}, {@code Title},
 * {@code Chapter}, {@code Section}, {@code Partie}, {@code Titre}, {@code Chapitre}, {@code Parte},
 * {@code Título}, {@code Capítulo}, {@code Teil}, {@code Kapitel}, {@code Abschnitt}, {@code Часть},
 * {@code Раздел}, {@code Глава} with a roman or arabic number; German ordinal words from first to
 * tenth before {@code Teil}, {@code Titel}, {@code Abschnitt} ({@code Erster Abschnitt}) or {@code
 * Kapitel} ({@code Erstes Kapitel}); {@code 第一章}, {@code 第一部分}, {@code 第一编}, {@code 第一节};
 * {@code الجزء}, {@code الباب}, {@code الفصل}, {@code الفرع} with a number or an ordinal word
 * ({@code الفصل الأول}).
 *
 * <p>{@code Section} with a roman numeral is always a division. With an arabic number it is a
 * division in a document that has other article headings (as {@code Part XI, Section 2} groups
 * articles in a convention) and an article in a document that has none (an act in sections); the
 * recognizer decides per document.
 *
 * <p>A heading's label is the designation as printed ({@code 第五条}, {@code المادة (٥)}); its
 * number is normalised so that alignment and demands work across scripts: digits of any script
 * become ASCII digits, Chinese numerals and Arabic and German ordinal words their value ({@code
 * 第二十三条} → {@code 23}, {@code المادة الأولى} → {@code 1}, {@code Zweiter Teil} → {@code 2}); Latin
 * suffixes stay as printed ({@code 1er}, {@code 5 bis}, {@code 5a}), {@code premier} is written as
 * {@code 1er}, the same article as {@code Article 1er}, and roman numerals stay as printed ({@code
 * IV}). A line that starts with a quotation mark is never a heading: it is
 * quoted material, such as the article an amending bill inserts. Stateless and thread-safe.
 */
final class HeadingGrammar {
  /** A heading recognised at the start of a line. */
  record Heading(
      Optional<DivisionKind> division,
      String word,
      String label,
      String number,
      String separator,
      String rest,
      Optional<StageMarker> marker) {
    Heading(Optional<DivisionKind> division, String word, String label, String number, String separator, String rest) {
      this(division, word, label, number, separator, rest, Optional.empty());
    }

    boolean isArticle() {
      return division.isEmpty();
    }

    /** Whether this is {@code Section} with an arabic number, an article or a division by document. */
    boolean isArabicSection() {
      return word.equals("Section") && !number.isEmpty() && Character.isDigit(number.charAt(0));
    }
  }

  private static final String TITLE_REST =
      "(?<sep>[\\s\\u3000]*[.:\\u2013\\u2014-][\\s\\u3000]*|[\\s\\u3000]+)?(?<rest>.*)$";
  /**
   * The Latin multiplicatives that number articles inserted between two others, with their value:
   * {@code bis} is the second, {@code nonies} (or {@code novies}) the ninth, {@code vicies} the
   * twentieth, {@code unvicies} the twenty-first, up to the forty-ninth; the first of each spelling
   * is the one a number is normalised to.
   */
  private static final Map<String, Integer> MULTIPLICATIVES = multiplicatives();
  /** One multiplicative word, longest first, in any case, not followed by a letter. */
  private static final String MULTIPLICATIVE =
      "(?i:" + longestFirst(List.copyOf(MULTIPLICATIVES.keySet())) + ")(?!\\p{L})";
  /**
   * What may follow an article's number: a multiplicative, after a space or Italian hyphen ({@code 5
   * bis}, {@code 5-bis}), then capital letters of an insertion made at a later stage ({@code 11 ter
   * A}, {@code 24 AB}) where nothing but a separator, a stage marker or the end of the line follows.
   */
  private static final String SUFFIX =
      "(?:(?:\\s+|-)" + MULTIPLICATIVE + ")?(?:\\s+[A-Z]{1,2}(?=[\\s\\u3000]*$|[\\s\\u3000]*[.:\\u2013\\u2014-]|\\s+\\())?";
  /** The stage markers Redline knows, lower case, and what they mean. */
  private static final Map<String, StageMarker> MARKERS = markers();
  /** A stage marker in brackets after the number: {@code (nouveau)}, {@code (Supprimé)}. */
  private static final String MARKER =
      "(?:[\\s\\u3000]*\\((?<marker>(?iu:" + longestFirst(List.copyOf(MARKERS.keySet())) + "))\\))?";
  private static final String HAN_NUMBER = "[0-9\\uFF10-\\uFF19]{1,6}|[一二三四五六七八九十百千零〇两]{1,12}";
  private static final String ARABIC_DIGITS = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]{1,6}";
  /**
   * Ordinal words from first to ninety-ninth, masculine (divisions: {@code الفصل الأول}, {@code
   * الفصل الحادي عشر}, {@code الفصل الثاني والعشرون}); the word at index i is the ordinal i + 1.
   */
  private static final List<String> ARABIC_ORDINALS = arabicOrdinals(
      List.of("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"), "الحادي", "عشر");
  /** The same, feminine, as {@code المادة} takes them ({@code المادة الأولى}, {@code المادة الحادية عشرة}). */
  private static final List<String> ARABIC_FEMININE_ORDINALS = arabicOrdinals(
      List.of("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"), "الحادية", "عشرة");
  /** German ordinal words from first to tenth, before a masculine division ({@code Erster Teil}). */
  private static final List<String> GERMAN_ORDINALS =
      List.of("Erster", "Zweiter", "Dritter", "Vierter", "Fünfter", "Sechster", "Siebter", "Achter", "Neunter", "Zehnter");
  /** The same before the neuter {@code Kapitel} ({@code Erstes Kapitel}). */
  private static final List<String> GERMAN_NEUTER_ORDINALS =
      List.of("Erstes", "Zweites", "Drittes", "Viertes", "Fünftes", "Sechstes", "Siebtes", "Achtes", "Neuntes", "Zehntes");
  /** The ordinal words, as printed, and their value, for {@link #normalise}. */
  private static final Map<String, Integer> ORDINAL_VALUES = ordinalValues();
  private static final String NUMBER = "\\d{1,6}";
  /** The first spelling of each multiplicative's value. */
  private static final Map<Integer, String> CANONICAL_MULTIPLICATIVES = canonicalMultiplicatives();
  /** A multiplicative after a number, a space or a hyphen. */
  private static final Pattern NUMBER_MULTIPLICATIVE =
      Pattern.compile("(?<=[\\p{N}a-z])[\\s-]+(" + MULTIPLICATIVE + ")");

  /** A number with a French ordinal, a small letter or capitals attached: {@code 1er}, {@code 5a}, {@code 5A}. */
  private static final String ATTACHED = "(?:er|[a-z]|[A-Z]{1,2})?(?![\\p{L}\\p{N}])";

  private static final List<Pattern> ARTICLES =
      List.of(
          Pattern.compile(
              "^(?<label>(?<word>Article|Artikel|Art[íi]culo|Articolo|Статья|Rule|Section|Clause)\\s+(?<num>" + NUMBER + ATTACHED
                  + SUFFIX + "))(?![\\p{L}\\p{N}])" + MARKER + TITLE_REST),
          Pattern.compile("^(?<label>(?<word>Article)\\s+(?<num>premier" + SUFFIX + "))(?![\\p{L}\\p{N}])" + MARKER + TITLE_REST),
          Pattern.compile(
              "^(?<label>(?<word>Art\\.)\\s*(?<num>" + NUMBER + ATTACHED + SUFFIX + "))(?![\\p{L}\\p{N}])" + MARKER + TITLE_REST),
          Pattern.compile("^(?<label>(?<word>Schedule|SCHEDULE)\\s+(?<num>" + NUMBER + "[A-Z]?))(?![\\p{L}\\p{N}])" + TITLE_REST),
          Pattern.compile("^(?<label>(?<word>SEC\\.|Sec\\.)\\s*(?<num>" + NUMBER + "[A-Za-z]?))(?![\\p{L}\\p{N}])" + TITLE_REST),
          Pattern.compile(
              "^(?<label>(?<word>§)\\s*(?<num>" + NUMBER + "[a-z]?" + SUFFIX + "))(?![\\p{L}\\p{N}])" + MARKER + TITLE_REST),
          Pattern.compile("^(?<label>(?<word>第)(?<num>" + HAN_NUMBER + ")[条條])" + TITLE_REST),
          Pattern.compile(
              "^(?<label>(?<word>المادة)\\s*(?:\\(\\s*(?<num>" + ARABIC_DIGITS + ")\\s*\\)|(?<num2>" + ARABIC_DIGITS + "|"
                  + longestFirst(ARABIC_FEMININE_ORDINALS) + "|الاولى)))(?![\\p{L}\\p{N}])"
                  + TITLE_REST));

  /** A run of articles with a stage marker and nothing else: {@code Articles 3 à 5 (Supprimés)}. */
  private static final Pattern RANGE =
      Pattern.compile(
          "^(?<label>(?<word>Articles|Artikel|Art[íi]culos|Articoli|Art\\.|§§)\\s*(?<from>" + NUMBER + "(?:er)?[a-z]?(?:(?:\\s+|-)"
              + MULTIPLICATIVE + ")?(?:\\s+[A-Z]{1,2})?)\\s+(?<joiner>à|au|to|bis|a|al|et|and|und|y|e)\\s+(?<to>" + NUMBER
              + "(?:er)?[a-z]?(?:(?:\\s+|-)" + MULTIPLICATIVE + ")?(?:\\s+[A-Z]{1,2})?))(?:[\\s\\u3000]*\\((?<marker>(?iu:"
              + longestFirst(List.copyOf(MARKERS.keySet())) + "))\\))?[\\s.]*$");
  /** A line holding nothing but a stage marker: {@code (Supprimé)}. */
  private static final Pattern MARKER_LINE =
      Pattern.compile("^\\((?<marker>(?iu:" + longestFirst(List.copyOf(MARKERS.keySet())) + "))\\)\\.?$");

  private static final Map<String, DivisionKind> DIVISION_WORDS =
      Map.ofEntries(
          Map.entry("Part", DivisionKind.PART),
          Map.entry("PART", DivisionKind.PART),
          Map.entry("TITLE", DivisionKind.TITLE),
          Map.entry("CHAPTER", DivisionKind.CHAPTER),
          Map.entry("Subtitle", DivisionKind.SECTION),
          Map.entry("SUBTITLE", DivisionKind.SECTION),
          Map.entry("TITRE", DivisionKind.TITLE),
          Map.entry("CHAPITRE", DivisionKind.CHAPTER),
          Map.entry("TÍTULO", DivisionKind.TITLE),
          Map.entry("CAPÍTULO", DivisionKind.CHAPTER),
          Map.entry("Titolo", DivisionKind.TITLE),
          Map.entry("Capo", DivisionKind.CHAPTER),
          Map.entry("Sezione", DivisionKind.SECTION),
          Map.entry("Partie", DivisionKind.PART),
          Map.entry("Parte", DivisionKind.PART),
          Map.entry("Teil", DivisionKind.PART),
          Map.entry("Titel", DivisionKind.TITLE),
          Map.entry("Часть", DivisionKind.PART),
          Map.entry("部分", DivisionKind.PART),
          Map.entry("编", DivisionKind.PART),
          Map.entry("الجزء", DivisionKind.PART),
          Map.entry("Title", DivisionKind.TITLE),
          Map.entry("Titre", DivisionKind.TITLE),
          Map.entry("Título", DivisionKind.TITLE),
          Map.entry("Titulo", DivisionKind.TITLE),
          Map.entry("Раздел", DivisionKind.TITLE),
          Map.entry("الباب", DivisionKind.TITLE),
          Map.entry("Chapter", DivisionKind.CHAPTER),
          Map.entry("Chapitre", DivisionKind.CHAPTER),
          Map.entry("Capítulo", DivisionKind.CHAPTER),
          Map.entry("Capitulo", DivisionKind.CHAPTER),
          Map.entry("Kapitel", DivisionKind.CHAPTER),
          Map.entry("Глава", DivisionKind.CHAPTER),
          Map.entry("章", DivisionKind.CHAPTER),
          Map.entry("الفصل", DivisionKind.CHAPTER),
          Map.entry("Section", DivisionKind.SECTION),
          Map.entry("Abschnitt", DivisionKind.SECTION),
          Map.entry("节", DivisionKind.SECTION),
          Map.entry("節", DivisionKind.SECTION),
          Map.entry("الفرع", DivisionKind.SECTION));

  private static final List<Pattern> DIVISIONS =
      List.of(
          Pattern.compile(
              "^(?<label>(?<word>Part|PART|Partie|Parte|Teil|Часть|Title|TITLE|Titre|TITRE|T[íi]tulo|TÍTULO|Titolo|Раздел|Chapter|CHAPTER"
                  + "|Chapitre|CHAPITRE|Cap[íi]tulo|CAPÍTULO|Capo|Kapitel|Глава|Section|Sezione|Abschnitt|Subtitle|SUBTITLE)"
                  + "\\s+(?<num>[IVXLCDM]+(?:er)?|\\d{1,3}[A-Za-z]?|[A-Z](?![\\p{L}\\p{N}])))\\b"
                  + TITLE_REST),
          Pattern.compile(
              "^(?<label>(?<num>" + String.join("|", GERMAN_ORDINALS) + ")\\s+(?<word>Teil|Titel|Abschnitt))\\b" + TITLE_REST),
          Pattern.compile("^(?<label>(?<num>" + String.join("|", GERMAN_NEUTER_ORDINALS) + ")\\s+(?<word>Kapitel))\\b" + TITLE_REST),
          Pattern.compile("^(?<label>第(?<num>" + HAN_NUMBER + ")(?<word>章|部分|编|节|節))" + TITLE_REST),
          Pattern.compile(
              "^(?<label>(?<word>الجزء|الباب|الفصل|الفرع)\\s+(?<num>" + ARABIC_DIGITS + "|" + longestFirst(ARABIC_ORDINALS)
                  + "|الاول))(?![\\p{L}\\p{N}])"
                  + TITLE_REST));

  private static final Pattern PREAMBLE =
      Pattern.compile("(?iu)^(?:preamble|préambule|preámbulo|преамбула|präambel|序言|الديباجة)$");
  /** Every character a built-in article heading or run can start with (none is a quotation mark). */
  private static final String ARTICLE_STARTS = "ACRS§\u0421第\u0627";
  /** Every character a built-in division heading can start with. */
  private static final String DIVISION_STARTS = "ACDEFKNPSTVZ\u0427\u0420\u0413第\u0627";
  private static final String QUOTES = "\"“”„«»‹›‘「『";
  private static final int MAX_CASELESS_TITLE_WORDS = 12;

  private HeadingGrammar() {}

  /** Whether the line is quoted material: it starts with a quotation mark. */
  static boolean isQuoted(String line) {
    return !line.isEmpty() && QUOTES.indexOf(line.charAt(0)) >= 0;
  }

  /** The built-in article heading at the start of the line, whatever follows it. */
  static Optional<Heading> article(String line) {
    if (line.isEmpty() || ARTICLE_STARTS.indexOf(line.charAt(0)) < 0) {
      return Optional.empty(); // most lines of prose: no pattern needs to look
    }
    Optional<Heading> range = range(line);
    return range.isPresent() ? range : first(ARTICLES, line, null);
  }

  /**
   * A run of articles that only a stage marker stands for, {@code Articles 3 à 5 (Supprimés)} or
   * {@code §§ 5 bis 7 (weggefallen)}, the marker on the line or the next: its number is the first
   * and last numbers joined by {@code –}, or by {@code , } for two articles ({@code Articles 11
   * quater et 11 quinquies}).
   */
  static Optional<Heading> range(String line) {
    Matcher m = RANGE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String label = m.group("label").replaceAll("\\s+", " ");
    boolean pair = List.of("et", "and", "und", "y", "e").contains(m.group("joiner"));
    String number = normalise(m.group("from")) + (pair ? ", " : "\u2013") + normalise(m.group("to"));
    Optional<StageMarker> marker = Optional.ofNullable(m.group("marker")).map(HeadingGrammar::marker);
    return Optional.of(new Heading(Optional.empty(), m.group("word"), label, number, "", "", marker));
  }

  /** Whether the heading names several articles: {@code Articles 3 à 5}, {@code Articles 11 quater et 11 quinquies}. */
  static boolean isRun(Heading heading) {
    return heading.isArticle() && (heading.number().contains("\u2013") || heading.number().contains(", "));
  }

  /** The stage marker a bracketed note stands for, such as {@code Supprimé}, if Redline knows it. */
  static Optional<StageMarker> stageMarker(String line) {
    Matcher m = MARKER_LINE.matcher(line.strip());
    return m.matches() ? Optional.of(marker(m.group("marker"))) : Optional.empty();
  }

  private static StageMarker marker(String printed) {
    return MARKERS.get(printed.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
  }

  /** The division heading at the start of the line, whatever follows it. */
  static Optional<Heading> division(String line) {
    if (line.isEmpty() || DIVISION_STARTS.indexOf(line.charAt(0)) < 0) {
      return Optional.empty();
    }
    return first(DIVISIONS, line, Boolean.TRUE);
  }

  /** Whether the line is the preamble's heading in one of the languages Redline knows. */
  static boolean isPreamble(String line) {
    return PREAMBLE.matcher(line).matches();
  }

  /**
   * The article heading a user-supplied pattern finds on the whole line, with its title (the group
   * {@code title}, where the pattern has one) as rest.
   */
  static Optional<Heading> article(Pattern pattern, boolean hasTitle, String line) {
    if (isQuoted(line)) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(new TimedText(line, System.nanoTime() + USER_PATTERN_NANOS));
    try {
      if (!m.matches() || m.group("number") == null || m.group("number").isBlank()) {
        return Optional.empty();
      }
    } catch (StackOverflowError e) {
      throw new UserPatternFailure(line, "recursed too deeply (a repeated group such as (a|b)* on a long line)");
    }
    String title = hasTitle && m.group("title") != null ? m.group("title").strip() : "";
    String label = line.substring(0, m.end("number")).strip();
    return Optional.of(new Heading(Optional.empty(), "", label, normalise(m.group("number").strip()), ".", title));
  }

  /** The time a user's article pattern may take on one line: one second. */
  static final long USER_PATTERN_NANOS = 1_000_000_000L;

  /** A user's article pattern could not be matched against a line within its budget. */
  static final class UserPatternFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserPatternFailure(String line, String what) {
      super("the article pattern " + what + " on a line of " + line.length() + " characters starting '"
          + (line.length() > 40 ? line.substring(0, 40) + "..." : line) + "'; simplify the pattern", null, false, false);
    }
  }

  /** A line whose characters stop being given once its deadline has passed, so a runaway match ends. */
  private static final class TimedText implements CharSequence {
    private final String text;
    private final long deadline;
    private int reads;

    TimedText(String text, long deadline) {
      this.text = text;
      this.deadline = deadline;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
        throw new UserPatternFailure(text, "took more than " + USER_PATTERN_NANOS / 1_000_000_000L + " s");
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static Optional<Heading> first(List<Pattern> patterns, String line, Boolean division) {
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(line);
      if (m.matches()) {
        String word = m.group("word");
        String printed = m.group("num") != null ? m.group("num") : m.group("num2");
        String label = m.group("label").replaceAll("\\s+", " ");
        Optional<DivisionKind> kind = division == null ? Optional.empty() : Optional.of(DIVISION_WORDS.get(word));
        String separator = m.group("sep") == null ? "" : m.group("sep");
        String printedMarker = pattern.pattern().contains("(?<marker>") ? m.group("marker") : null;
        Optional<StageMarker> marker = printedMarker == null ? Optional.empty() : Optional.of(marker(printedMarker));
        String rest = m.group("rest");
        if (word.equalsIgnoreCase("SEC.") && rest.endsWith(".")) {
          rest = rest.substring(0, rest.length() - 1); // SEC. 101. SHORT TITLE.
        }
        String number = word.equalsIgnoreCase("Schedule") ? "Schedule " + normalise(printed) : normalise(printed);
        return Optional.of(new Heading(kind, word, label, number, separator, rest, marker));
      }
    }
    return Optional.empty();
  }

  /**
   * The ordinals from first to ninety-ninth, built from the first ten: eleven to nineteen are the
   * unit and {@code teen} ({@code الثانية عشرة}), with {@code eleventh} for the unit one; the tens
   * stand alone ({@code العشرون}) or after the unit and {@code و} ({@code الحادية والعشرون}).
   */
  private static List<String> arabicOrdinals(List<String> firstTen, String eleventh, String teen) {
    List<String> tens = List.of("العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون");
    List<String> all = new java.util.ArrayList<>(firstTen);
    for (int n = 11; n < 100; n++) {
      int unit = n % 10;
      int ten = n / 10;
      String unitWord = unit == 1 ? eleventh : unit == 0 ? "" : firstTen.get(unit - 1);
      if (ten == 1) {
        all.add(unitWord + " " + teen);
      } else if (unit == 0) {
        all.add(tens.get(ten - 2));
      } else {
        all.add(unitWord + " و" + tens.get(ten - 2));
      }
    }
    return List.copyOf(all);
  }

  /** An alternation of the words, longest first, so that {@code الثانية عشرة} wins over {@code الثانية}. */
  private static String longestFirst(List<String> words) {
    return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).collect(java.util.stream.Collectors.joining("|"));
  }

  private static Map<String, Integer> ordinalValues() {
    Map<String, Integer> values = new java.util.HashMap<>();
    for (List<String> words : List.of(ARABIC_ORDINALS, ARABIC_FEMININE_ORDINALS, GERMAN_ORDINALS, GERMAN_NEUTER_ORDINALS)) {
      for (int i = 0; i < words.size(); i++) {
        values.put(words.get(i), i + 1);
      }
    }
    values.put("الاول", 1); // written without the hamza
    values.put("الاولى", 1);
    return Map.copyOf(values);
  }

  /**
   * The number with digits of every script as ASCII digits, and Chinese numerals and Arabic and
   * German ordinal words as their value; {@code premier} as {@code 1er}; anything else as printed.
   */
  static String normalise(String printed) {
    Integer ordinal = ORDINAL_VALUES.get(printed);
    if (ordinal != null) {
      return Integer.toString(ordinal);
    }
    if (printed.startsWith("premier")) {
      return normalise("1er" + printed.substring("premier".length()));
    }
    if (!printed.isEmpty() && printed.codePoints().allMatch(c -> "一二三四五六七八九十百千零〇两".indexOf(c) >= 0)) {
      return Integer.toString(hanValue(printed));
    }
    StringBuilder out = new StringBuilder(printed.length());
    printed.codePoints().forEach(c -> {
      int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
      if (digit >= 0) {
        out.append((char) ('0' + digit));
      } else {
        out.appendCodePoint(c);
      }
    });
    return multiplicativesNormalised(out.toString());
  }

  /**
   * The number with each multiplicative in lower case and its first spelling, after one space:
   * {@code 5-bis} and {@code 5 Bis} are {@code 5 bis}, {@code 11 novies} is {@code 11 nonies}.
   */
  private static String multiplicativesNormalised(String number) {
    Matcher m = NUMBER_MULTIPLICATIVE.matcher(number);
    if (!m.find()) {
      return number;
    }
    StringBuilder out = new StringBuilder();
    do {
      int value = MULTIPLICATIVES.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
      m.appendReplacement(out, " " + CANONICAL_MULTIPLICATIVES.get(value));
    } while (m.find());
    m.appendTail(out);
    return out.toString().replaceAll("\\s+", " ");
  }

  private static Map<String, Integer> multiplicatives() {
    Map<String, Integer> words = new java.util.LinkedHashMap<>();
    String[][] spellings = {
      {"bis"}, {"ter"}, {"quater"}, {"quinquies"}, {"sexies"}, {"septies"}, {"octies"}, {"nonies", "novies"}, {"decies"},
      {"undecies"}, {"duodecies"}, {"terdecies", "tredecies"}, {"quaterdecies", "quattuordecies"},
      {"quindecies", "quinquiesdecies", "quinquedecies"}, {"sexdecies", "sexiesdecies", "sedecies"},
      {"septdecies", "septiesdecies", "septemdecies"}, {"octodecies", "octiesdecies", "duodevicies"},
      {"novodecies", "noviesdecies", "novemdecies", "undevicies"}
    };
    for (int i = 0; i < spellings.length; i++) {
      for (String word : spellings[i]) {
        words.put(word, i + 2);
      }
    }
    String[] units = {"un", "duo", "ter", "quater", "quin", "sex", "sept", "octo", "novo"};
    String[] tens = {"vicies", "tricies", "quadragies"};
    for (int t = 0; t < tens.length; t++) {
      int base = 20 + 10 * t;
      words.put(tens[t], base);
      for (int u = 0; u < units.length; u++) {
        words.put(units[u] + tens[t], base + u + 1);
      }
    }
    return java.util.Collections.unmodifiableMap(words);
  }

  private static Map<Integer, String> canonicalMultiplicatives() {
    Map<Integer, String> canonical = new java.util.HashMap<>();
    MULTIPLICATIVES.forEach((word, value) -> canonical.putIfAbsent(value, word));
    return Map.copyOf(canonical);
  }

  private static Map<String, StageMarker> markers() {
    Map<String, StageMarker> markers = new java.util.HashMap<>();
    for (String w : List.of("nouveau", "nouvelle", "nouveaux", "nouvelles", "new", "neu")) {
      markers.put(w, StageMarker.NEW);
    }
    for (String w : List.of("supprimé", "supprimés", "supprimée", "supprimées", "weggefallen", "aufgehoben", "deleted", "suprimido",
        "suprimidos", "soppresso", "soppressi", "abrogato", "repealed", "omitted")) {
      markers.put(w, StageMarker.DELETED);
    }
    for (String w : List.of("non modifié", "non modifiés", "non modifiée", "non modifiées", "conforme", "conformes", "unchanged")) {
      markers.put(w, StageMarker.NOT_MODIFIED);
    }
    markers.put("pour coordination", StageMarker.FOR_COORDINATION);
    return Map.copyOf(markers);
  }

  /**
   * The value of a Chinese numeral: {@code 二十三} = 23, {@code 一百零五} = 105, {@code 一千零一} = 1001,
   * {@code 二〇} = 20.
   */
  static int hanValue(String numeral) {
    String digits = "零一二三四五六七八九";
    boolean positional = numeral.indexOf('十') < 0 && numeral.indexOf('百') < 0 && numeral.indexOf('千') < 0;
    int value = 0;
    int current = 0;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int d = c == '〇' ? 0 : c == '两' ? 2 : digits.indexOf(c);
      if (positional) {
        value = value * 10 + d;
      } else if (d >= 0) {
        current = d;
      } else if (c == '十') {
        value += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (c == '百') {
        value += (current == 0 ? 1 : current) * 100;
        current = 0;
      } else if (c == '千') {
        value += (current == 0 ? 1 : current) * 1000;
        current = 0;
      }
    }
    return positional ? value : value + current;
  }

  /**
   * Whether what follows a heading on its line is nothing or a title, not the rest of a sentence.
   * After a separator ({@code Article 41. 24/7 network}) any title-like text is a title, even one
   * that reads like a heading itself ({@code Article 1. Rule 1}); after a bare space it must start
   * with a capital and not be a heading ({@code Article 5 shall apply} is a sentence), or, after
   * {@code 第五条}, be short Chinese text that does not end a sentence ({@code 第五条　目的}).
   */
  static boolean isHeadingRest(Heading heading) {
    String separator = heading.separator().strip();
    String rest = heading.rest().strip();
    if (rest.isEmpty()) {
      return true;
    }
    if (!separator.isEmpty()) {
      return isTitleText(rest);
    }
    if (!looksLikeTitle(rest)) {
      return false;
    }
    int first = rest.codePointAt(0);
    if (Character.isUpperCase(first)) {
      return true;
    }
    boolean han = Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN;
    return han && heading.label().startsWith("第") && !heading.separator().isEmpty() && isShortCaselessTitle(rest);
  }

  private static boolean isShortCaselessTitle(String rest) {
    return rest.split("\\s+").length <= MAX_CASELESS_TITLE_WORDS
        && rest.codePointCount(0, rest.length()) <= 60
        && rest.chars().noneMatch(c -> "。.؟?!".indexOf(c) >= 0);
  }

  /**
   * Whether the heading, a Chinese article ({@code 第一条　为了……，制定本公约。}), carries the
   * article's first paragraph on its own line: after a space, text that is not a title.
   */
  static boolean carriesBody(Heading heading) {
    return heading.isArticle() && heading.word().equals("第") && !heading.separator().isEmpty()
        && !heading.rest().isBlank() && !isHeadingRest(heading);
  }

  /**
   * Whether the text could be a heading's title: short, not a heading itself, and not ending as a
   * clause that runs on.
   */
  static boolean looksLikeTitle(String text) {
    return isTitleText(text) && division(text).isEmpty() && article(text).isEmpty();
  }

  /**
   * Whether the text, a line of its own after a bare heading ({@code Article 5}), is the heading's
   * title: it looks like a title and does not end a sentence ({@code Each Party shall keep
   * records.} is the article's first paragraph).
   */
  static boolean looksLikeTitleLine(String text) {
    return looksLikeTitle(text) && ".。．!?！？؟".indexOf(text.charAt(text.length() - 1)) < 0;
  }

  private static boolean isTitleText(String text) {
    if (text.isEmpty() || text.length() > 250) {
      return false;
    }
    if (Labels.isLabelled(text)) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (";:,；：，、。".indexOf(last) >= 0) {
      return false;
    }
    return text.split("\\s+").length <= StructureRecognizer.MAX_TITLE_WORDS;
  }
}

package dev.redline.read;

import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.ClausePath;
import dev.redline.model.ClauseKind;
import dev.redline.model.Division;
import dev.redline.model.DivisionKind;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import dev.redline.model.Inline;
import dev.redline.model.InlineText;
import dev.redline.model.Provenance;
import dev.redline.model.StageMarker;
import dev.redline.read.HeadingGrammar.Heading;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of one source into a {@link Draft}: groups lines into blocks, then recognises the
 * document header, the preamble, division and article headings, labelled clauses and footnotes.
 * One instance reads one source; it is not thread-safe.
 */
final class StructureRecognizer {
  private static final Pattern ROMAN = Pattern.compile("^[ivxlc]+$");
  private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^\\[\\^([^\\[\\]\\s]++)\\]:\\s*(.*)$");
  /**
   * A document symbol: the United Nations' {@code A/AC.291/22/Rev.3} and {@code A/AC.291/L.2}, the
   * Council of Europe's {@code T-CY(2026)1}, {@code T-CY (2026) 3 rev}, {@code CM(2026)14 final} and
   * {@code T-CY/2026/1/Rev.1}, the European Commission's {@code COM(2012) 11 final}, the Council of
   * the EU's {@code ST 5419 2016 INIT}, {@code ST 1234/26} and {@code PE-CONS 12/26}, a United
   * States bill {@code H.R. 3684} and a United Kingdom bill {@code HL Bill 12}. Every form is one
   * symbol, spaces and all: a running header holding one holds nothing else.
   */
  private static final String SYMBOL_FORMS =
      "[A-Z]{1,5}(?:-[A-Z]{1,5})?(?:/[A-Z0-9][A-Za-z0-9.]*){1,7}"
          + "|[A-Z]{1,5}(?:-[A-Z]{1,5})? ?\\(\\d{4}\\) ?\\d{1,5}(?: (?:final|rev(?:\\.? ?\\d{1,2})?|add\\.? ?\\d{1,2}|corr\\.? ?\\d{1,2}))?"
          + "|(?:ST|PE-CONS) \\d{3,5} \\d{4} (?:INIT|REV \\d{1,2}|ADD \\d{1,2}|COR \\d{1,2})"
          + "|(?:ST|PE-CONS) \\d{1,5}/\\d{2}(?: (?:INIT|REV \\d{1,2}|ADD \\d{1,2}|COR \\d{1,2}))?"
          + "|H\\. ?R\\. ?\\d{1,5}|H\\. ?Res\\. ?\\d{1,5}"
          + "|H[LC] Bill \\d{1,4}";
  /** A document symbol at the start of a line (see {@link #SYMBOL_FORMS}). */
  static final Pattern SYMBOL = Pattern.compile("^(" + SYMBOL_FORMS + ")(?=\\s|$)");
  /** A document symbol anywhere, standing apart from other words. */
  private static final Pattern SYMBOL_ANYWHERE = Pattern.compile("(?<!\\S)(" + SYMBOL_FORMS + ")(?=\\s|$)");
  private static final Pattern REVISION = Pattern.compile("(?i)\\bRev\\.?\\s*(\\d+)");
  private static final Pattern FILE_REVISION = Pattern.compile("(?i)rev[._ -]?(\\d+)");
  /**
   * A date as printed on a document: {@code 14 June 2024}, {@code June 14, 2024}, {@code 14.6.2024}
   * (as the European Union prints it), and in French, Spanish, Italian, German, Dutch,
   * Russian, Chinese and Arabic.
   */
  static final Pattern DATE =
      Pattern.compile(
          "\\b\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{4}\\b"
              + "|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\b"
              + "|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b"
              + "|\\b\\d{1,2}\\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\\s+\\d{4}\\b"
              + "|\\b\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+\\d{4}\\b"
              + "|\\b\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\s+\\d{4}\\b"
              + "|\\b\\d{1,2}\\s+de\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\\s+de\\s+\\d{4}\\b"
              + "|\\b\\d{1,2}\\.\\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\s+\\d{4}\\b"
              + "|\\b\\d{1,2}\\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\\s+\\d{4}(?:\\s+года)?"
              + "|\\b\\d{4}年\\d{1,2}月\\d{1,2}日"
              + "|\\b\\d{1,2}\\s+[\\u0621-\\u064A ]{2,16}/(?:يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)\\s+\\d{4}\\b");
  /**
   * The masthead of a United Nations document in its six languages: the organization, the organ,
   * the distribution and the original language, printed above the title with the symbol and date.
   */
  private static final Pattern MASTHEAD =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}])(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|الأمم المتحدة"
              + "|General Assembly|Security Council|Economic and Social Council|Assemblée générale|Conseil de sécurité"
              + "|Conseil économique et social|Asamblea General|Consejo de Seguridad|Consejo Económico y Social"
              + "|Генеральная Ассамблея|Совет Безопасности|Экономический и Социальный Совет|大会|安全理事会|经济及社会理事会"
              + "|الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي"
              + "|Distr\\.?\\s*:?\\s*\\p{L}+|(?:Original|Оригинал|الأصل)\\s*:\\s*\\p{L}+|原文[:：]\\s*\\p{L}+)"
              + "(?![\\p{L}\\p{N}])");
  /** A line ending in one of these words runs on: a label at the start of the next line is a reference. */
  private static final Pattern ENDS_WITH_REFERENCE_WORD =
      Pattern.compile(
          "(?i)(?:\\b(?:article|articles|paragraph|paragraphs|subparagraph|subparagraphs|chapter|chapters|item|items|section|sections|part|parts|to|of|in|under)|(?<![;,]\\s)\\b(?:and|or)|\\bno\\.)$"
              + "|(?iu)(?<![\\p{L}\\p{N}])(?:paragraphe|paragraphes|alinéa|alinéas|artículo|artículos|articulo|párrafo|párrafos"
              + "|apartado|apartados|статья|статьи|статье|статьей|пункт|пункта|пункте|пунктом|пунктами|Artikel|Absatz|Absätze"
              + "|المادة|المواد|الفقرة|الفقرات)$|§$");
  static final int MAX_TITLE_WORDS = 25;

  private final Path file;
  private final String fileName;
  private final List<String> warnings;
  private final ReadOptions options;
  private final boolean userTitleGroup;
  /** Whether {@code Section 5} is an article here: only in a document without other article headings. */
  private boolean sectionsAreArticles;
  /**
   * The most columns a table read as a table may have: Word's own limit. A wider table is not one Word
   * wrote, and no report (a Word redline least of all: an office suite takes minutes over one) could
   * show it as a table, so it is read as its paragraphs, in reading order, with a warning.
   */
  static final int MAX_TABLE_COLUMNS = 63;

  /** The clauses read so far (recitals and the blocks of every article), against {@link ReadOptions#maxClauses()}. */
  private int clauses;
  /** The formats the reader found, given to clauses and titles as they are built. */
  private FormatStream formats = FormatStream.none();

  StructureRecognizer(Path file, List<String> warnings, ReadOptions options) {
    this.file = file;
    this.fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    this.warnings = warnings;
    this.options = java.util.Objects.requireNonNull(options, "options");
    this.userTitleGroup = options.articlePattern().map(p -> ReadOptions.hasGroup(p, "title")).orElse(false);
  }

  /** The draft these lines make; they are gone through twice (once to learn whether {@code Section 5} is an article here). */
  Draft recognize(Iterable<SourceLine> lines) throws DraftReadException {
    return recognize(lines, FormatStream.none());
  }

  /** The draft in these lines, its clauses' and titles' runs set in the formats the reader found. */
  Draft recognize(Iterable<SourceLine> lines, FormatStream formats) throws DraftReadException {
    this.formats = formats;
    try {
      return recognizeLines(lines);
    } catch (HeadingGrammar.UserPatternFailure e) {
      throw new DraftReadException(file, DraftReadException.Problem.PATTERN_FAILED, e.getMessage(), e);
    }
  }

  private Draft recognizeLines(Iterable<SourceLine> lines) throws DraftReadException {
    sectionsAreArticles = options.articlePattern().isEmpty()
        && java.util.stream.StreamSupport.stream(lines.spliterator(), false)
            .flatMap(l -> l.table().map(t -> t.asLines().stream()).orElse(java.util.stream.Stream.of(l)))
            .map(SourceLine::text)
            .map(HeadingGrammar::article)
            .flatMap(Optional::stream)
            .noneMatch(h -> !h.word().equals("Section") && HeadingGrammar.isHeadingRest(h));
    java.util.Iterator<Block> blocks = blocks(lines).iterator();
    Deque<Block> inserted = new ArrayDeque<>(); // the paragraphs of a table outside an article, read next
    Map<String, Footnote> footnotes = new LinkedHashMap<>();
    String symbol = "";
    String date = "";
    String title = "";
    boolean inHeader = true;
    List<Clause> preamble = new ArrayList<>();
    List<Division> divisions = new ArrayList<>();
    Deque<Division> openDivisions = new ArrayDeque<>();
    List<ArticleBuilder> articles = new ArrayList<>();
    ArticleBuilder article = null;
    Object awaitingTitle = null; // a DivisionBuilder or ArticleBuilder whose title, or a run whose marker, may be the next block
    Provenance runAt = null;
    DivisionBuilder division = null;

    while (!inserted.isEmpty() || blocks.hasNext()) {
      Block block = inserted.isEmpty() ? blocks.next() : inserted.poll();
      String text = block.text();
      Matcher m;
      if (block.table.isPresent()) {
        SourceLine.Table table = block.table.get();
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        if (columns > MAX_TABLE_COLUMNS) {
          warn(block, String.format(java.util.Locale.ROOT,
              "a table of %,d columns, more than the %d Word allows, was read as its paragraphs", columns, MAX_TABLE_COLUMNS));
        }
        if (article != null && columns <= MAX_TABLE_COLUMNS && table.asLines().stream().noneMatch(l -> isHeading(l.text()))) {
          awaitingTitle = null;
          clauses += 1 + table.rows().size(); // the table and its rows, then its cells: all clauses of the draft
          checkCount(clauses, options.maxClauses(), "clauses");
          for (List<String> row : table.rows()) {
            clauses += row.size();
            checkCount(clauses, options.maxClauses(), "clauses");
          }
          article.addTable(table);
        } else {
          List<Block> paragraphs = new ArrayList<>(); // read as its paragraphs, as a table outside an article
          blocks(table.asLines()).forEach(paragraphs::add);
          for (int i = paragraphs.size() - 1; i >= 0; i--) {
            inserted.addFirst(paragraphs.get(i));
          }
        }
        continue;
      }
      if ((m = FOOTNOTE_DEFINITION.matcher(text)).matches()) {
        Footnote previous =
            footnotes.put(m.group(1), new Footnote(m.group(1), NoteMarkers.unescape(m.group(2).strip()), block.provenance(fileName)));
        if (previous != null) {
          warn(block, "footnote [^" + m.group(1) + "] is defined twice; the later text is used");
        }
        checkCount(footnotes.size(), options.maxFootnotes(), "footnotes");
        continue;
      }
      if (awaitingTitle != null) {
        Object target = awaitingTitle;
        awaitingTitle = null;
        Optional<StageMarker> marker = HeadingGrammar.stageMarker(text);
        if (target instanceof Heading run && marker.isPresent()) {
          Heading marked = new Heading(run.division(), run.word(), run.label(), run.number(), "", "", marker);
          if (marker.get() == StageMarker.DELETED) {
            noteDeleted(runAt, run.label() + " " + text);
          } else {
            articles.addAll(standIns(marked, runAt, openDivisions));
            checkCount(articles.size(), options.maxArticles(), "articles");
          }
          continue;
        }
        if (target instanceof Heading run) {
          warnings.add(runAt + ": \"" + run.label() + "\" has neither text nor a stage marker; it was not read");
        }
        if (target instanceof ArticleBuilder a && marker.isPresent()) {
          a.marker = marker;
          if (marker.get() == StageMarker.DELETED) {
            articles.removeIf(x -> x == a); // the builder itself, not an equal one
            noteDeleted(a.provenance, a.label + " " + text);
            article = null;
          } else {
            awaitingTitle = a; // Article 3, (Non modifié), then perhaps a title
          }
          continue;
        }
        if (HeadingGrammar.looksLikeTitleLine(text)) {
          if (target instanceof ArticleBuilder a) {
            a.title = text;
          } else if (target instanceof DivisionBuilder d) {
            d.title = text;
            divisions.add(closeDivision(d, openDivisions));
            division = null;
          }
          continue;
        }
      }
      if (division != null) {
        divisions.add(closeDivision(division, openDivisions));
        division = null;
      }
      Optional<Heading> heading;
      if ((heading = divisionHeading(text)).isPresent()) {
        inHeader = false;
        article = null;
        division = new DivisionBuilder(heading.get(), block.provenance(fileName));
        if (division.title.isEmpty()) {
          awaitingTitle = division;
        } else {
          divisions.add(closeDivision(division, openDivisions));
          division = null;
        }
        continue;
      }
      if ((heading = articleHeading(text)).isPresent()) {
        inHeader = false;
        Heading h = heading.get();
        if (h.marker().filter(k -> k == StageMarker.DELETED).isPresent()) {
          noteDeleted(block.provenance(fileName), text);
          article = null;
          continue;
        }
        if (HeadingGrammar.isRun(h)) {
          article = null;
          if (h.marker().isPresent()) {
            articles.addAll(standIns(h, block.provenance(fileName), openDivisions));
            checkCount(articles.size(), options.maxArticles(), "articles");
          } else {
            awaitingTitle = h; // its marker is on the next line
            runAt = block.provenance(fileName);
          }
          continue;
        }
        boolean body = HeadingGrammar.carriesBody(h);
        article =
            new ArticleBuilder(
                h.label(),
                h.number(),
                body ? "" : h.rest().strip(),
                List.copyOf(reversed(openDivisions)),
                block.provenance(fileName),
                h.marker());
        articles.add(article);
        checkCount(articles.size(), options.maxArticles(), "articles");
        checkCount(clauses, options.maxClauses(), "clauses");
        if (body) {
          checkCount(++clauses, options.maxClauses(), "clauses");
          article.add(block, h.rest().strip());
        } else if (article.title.isEmpty()) {
          awaitingTitle = article;
        }
        continue;
      }
      if (inHeader) {
        if (HeadingGrammar.isPreamble(text)) {
          inHeader = false;
          continue;
        }
        if (isMasthead(text)) {
          symbol = symbol.isEmpty() ? symbolIn(text) : symbol;
          Matcher d = DATE.matcher(text);
          date = date.isEmpty() && d.find() ? d.group() : date;
          continue;
        }
        Matcher s = SYMBOL.matcher(text);
        Matcher d = DATE.matcher(text);
        boolean isSymbol = symbol.isEmpty() && s.find();
        if (isSymbol) {
          symbol = s.group(1);
        }
        if (date.isEmpty() && d.find() && (isSymbol || text.length() < 60)) {
          date = d.group();
          continue;
        }
        if (isSymbol) {
          continue;
        }
        if (title.isEmpty()) {
          title = text;
          continue;
        }
        inHeader = false;
      }
      if (article == null) {
        if (articles.isEmpty() && divisions.isEmpty()) {
          if (++clauses > options.maxClauses()) {
            continue; // refused at the first article; text without any is refused as such
          }
          preamble.add(
              new Clause(
                  ClauseKind.RECITAL,
                  "",
                  ClausePath.recital(preamble.size() + 1),
                  text,
                  List.of(),
                  List.of(),
                  block.provenance(fileName)));
        } else {
          warn(block, "text outside any article was not read: \"" + abbreviate(text) + "\"");
        }
        continue;
      }
      checkCount(++clauses, options.maxClauses(), "clauses");
      article.add(block, text);
    }
    if (division != null) {
      divisions.add(closeDivision(division, openDivisions));
    }
    if (articles.isEmpty()) {
      throw new DraftReadException(
          file,
          DraftReadException.Problem.NO_ARTICLES,
          "no articles recognised; expected headings such as \"Article 1\" at the start of a line");
    }
    Set<String> cited = new HashSet<>();
    List<Article> built = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    Set<Division> opened = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Map<Division, Division> resolved = new java.util.IdentityHashMap<>(); // each division as read, with its title's references
    for (Division d : divisions) {
      resolved.put(d, Division.of(d.kind(), d.label(), d.number(), references(d.title(), footnotes), d.provenance()));
    }
    for (ArticleBuilder a : articles) {
      StringBuilder above = new StringBuilder(a == articles.get(0) ? title : "");
      a.divisions.stream().filter(opened::add).forEach(d -> above.append(' ').append(d.heading()));
      a.above = above.toString();
      a.divisions = a.divisions.stream().map(d -> resolved.getOrDefault(d, d)).toList();
      if (!numbers.add(a.number)) {
        warnings.add(a.provenance + ": article number " + a.number + " appears more than once");
      }
      built.add(a.build(footnotes, cited));
    }
    List<Clause> recitals = new ArrayList<>();
    for (Clause r : preamble) {
      Cited c = cite(r.text(), r.provenance(), footnotes, cited);
      recitals.add(new Clause(r.kind(), r.label(), r.path(), c.content(), r.children(), c.notes(), r.provenance()));
    }
    for (String marker : footnotes.keySet()) {
      if (!cited.contains(marker)) {
        warnings.add(footnotes.get(marker).provenance() + ": footnote [^" + marker + "] is never cited");
      }
    }
    InlineText titleContent = references(title, footnotes);
    return new Draft(
        file.toString(),
        titleContent.plain(),
        revision(symbol),
        symbol,
        date,
        recitals,
        divisions.stream().map(d -> resolved.getOrDefault(d, d)).toList(),
        built,
        warnings,
        Optional.empty(),
        titleContent);
  }

  /**
   * Notes an article, or a run of articles, that the draft marks deleted at this stage and prints
   * only as a heading: it is read as gone, so that a comparison shows it deleted.
   */
  private void noteDeleted(Provenance at, String heading) {
    warnings.add(at + ": \"" + heading + "\" is marked deleted at this stage; read as deleted, not as an article");
  }

  /**
   * The articles a run with a stage marker other than deleted stands for, {@code Articles 3 à 5
   * (Non modifiés)}, each with the marker and no text: both articles of a pair, every article of a
   * run whose ends are plain numbers at most 200 apart; none for another run, with a warning.
   */
  private List<ArticleBuilder> standIns(Heading run, Provenance at, Deque<Division> openDivisions) {
    List<String> numbers = new ArrayList<>();
    if (run.number().contains(", ")) {
      numbers.addAll(List.of(run.number().split(", ")));
    } else {
      String[] ends = run.number().split("\u2013");
      if (ends.length == 2 && ends[0].matches("\\d{1,6}") && ends[1].matches("\\d{1,6}")
          && Integer.parseInt(ends[1]) >= Integer.parseInt(ends[0]) && Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) <= 200) {
        for (int n = Integer.parseInt(ends[0]); n <= Integer.parseInt(ends[1]); n++) {
          numbers.add(Integer.toString(n));
        }
      } else {
        warnings.add(at + ": \"" + run.label() + "\" names articles whose numbers between its ends are not known; it was not read");
      }
    }
    String word = run.word().equals("§§") ? "§" : run.word().replaceFirst("s$", "").replaceFirst("i$", "o");
    List<ArticleBuilder> builders = new ArrayList<>();
    for (String number : numbers) {
      builders.add(new ArticleBuilder(word + " " + number, number, "", List.copyOf(reversed(openDivisions)), at, run.marker()));
    }
    return builders;
  }

  /**
   * Whether the block is masthead: the organization, organ, distribution or original language,
   * perhaps with the symbol and date, and nothing else (a title naming the General Assembly is no
   * masthead).
   */
  private static boolean isMasthead(String text) {
    Matcher m = MASTHEAD.matcher(text);
    if (!m.find()) {
      return false;
    }
    String rest = withoutSymbols(DATE.matcher(m.reset().replaceAll(" ")).replaceAll(" "));
    return rest.isBlank();
  }

  /** The text with every document symbol standing apart from other words blanked out. */
  static String withoutSymbols(String text) {
    return SYMBOL_ANYWHERE.matcher(text).replaceAll(" ");
  }

  /** The first document symbol among the words of the text, or the empty string. */
  static String symbolIn(String text) {
    Matcher s = SYMBOL_ANYWHERE.matcher(text);
    return s.find() ? s.group(1) : "";
  }

  private String revision(String symbol) {
    Matcher m = REVISION.matcher(symbol);
    if (m.find()) {
      return "Rev." + m.group(1);
    }
    String stem = fileName.replaceFirst("\\.[^.]+$", "");
    Matcher f = FILE_REVISION.matcher(stem);
    return f.find() ? "Rev." + f.group(1) : stem;
  }

  private static Division closeDivision(DivisionBuilder d, Deque<Division> open) {
    Division division = new Division(d.kind, d.label, d.number, d.title, d.provenance);
    while (!open.isEmpty() && open.peek().kind().compareTo(d.kind) >= 0) {
      open.pop();
    }
    open.push(division);
    return division;
  }

  private static List<Division> reversed(Deque<Division> open) {
    List<Division> list = new ArrayList<>(open);
    java.util.Collections.reverse(list);
    return list;
  }

  /** The division heading the block starts with, if it is one. */
  private Optional<Heading> divisionHeading(String text) {
    Optional<Heading> division = HeadingGrammar.division(text).filter(HeadingGrammar::isHeadingRest);
    if (division.isPresent() && division.get().isArabicSection() && sectionsAreArticles) {
      return Optional.empty();
    }
    return division;
  }

  /** The article heading the block is, by the user's pattern or the built-in grammar. */
  private Optional<Heading> articleHeading(String text) {
    if (options.articlePattern().isPresent()) {
      return HeadingGrammar.article(options.articlePattern().get(), userTitleGroup, text);
    }
    Optional<Heading> article =
        HeadingGrammar.article(text).filter(h -> HeadingGrammar.isHeadingRest(h) || HeadingGrammar.carriesBody(h));
    if (article.isPresent() && article.get().isArabicSection() && !sectionsAreArticles) {
      return Optional.empty();
    }
    return article;
  }

  /** Whether the line starts a structural block by the built-in grammar: a heading, a labelled clause, a footnote. */
  static boolean isStructural(String line) {
    return isBuiltInHeading(line)
        || Labels.isLabelled(line)
        || FOOTNOTE_DEFINITION.matcher(line).matches();
  }

  private static boolean isBuiltInHeading(String line) {
    return HeadingGrammar.article(line).filter(h -> HeadingGrammar.isHeadingRest(h) || HeadingGrammar.carriesBody(h)).isPresent()
        || HeadingGrammar.division(line).filter(HeadingGrammar::isHeadingRest).isPresent()
        || HeadingGrammar.isPreamble(line);
  }

  private boolean isHeading(String line) {
    if (options.articlePattern().isPresent()) {
      return articleHeading(line).isPresent()
          || HeadingGrammar.division(line).filter(HeadingGrammar::isHeadingRest).isPresent()
          || HeadingGrammar.isPreamble(line);
    }
    return isBuiltInHeading(line);
  }

  private boolean isStructuralHere(String line) {
    return isHeading(line) || Labels.isLabelled(line) || FOOTNOTE_DEFINITION.matcher(line).matches();
  }

  /**
   * Groups lines into blocks: a blank line ends one, and so does a line that starts a new clause; a
   * heading stands alone, since its title may follow on the next line. Each block is made as the
   * recognizer comes to it, so that a draft over a limit is refused before the rest is grouped.
   */
  private Iterable<Block> blocks(Iterable<SourceLine> lines) {
    return () -> new java.util.Iterator<>() {
      private final java.util.Iterator<SourceLine> source = lines.iterator();
      /** The line after the last block, read to see that the block had ended. */
      private SourceLine pending;

      private SourceLine peek() {
        if (pending == null && source.hasNext()) {
          pending = source.next();
        }
        return pending;
      }

      @Override
      public boolean hasNext() {
        while (peek() != null && pending.isBlank()) {
          pending = null;
        }
        return peek() != null;
      }

      @Override
      public Block next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Block block = new Block(pending);
        pending = null;
        if (block.table.isPresent() || isHeading(block.lastLine())) {
          return block; // a table is a block of its own
        }
        for (SourceLine line; (line = peek()) != null; pending = null) {
          if (line.isBlank() || line.table().isPresent()
              || (isStructuralHere(line.text()) && !ENDS_WITH_REFERENCE_WORD.matcher(block.lastLine()).find())) {
            break;
          }
          block.append(line);
        }
        return block;
      }
    };
  }

  /**
   * Refuses the draft as soon as it holds more provisions of a kind than the options allow: reading
   * stops there, before a file of a million articles fills the memory.
   */
  private void checkCount(int count, int limit, String what) throws DraftReadException {
    if (count > limit) {
      throw new DraftReadException(file, DraftReadException.Problem.TOO_LARGE, String.format(java.util.Locale.ROOT,
          "holds more than the limit of %,d %s for reading a draft", limit, what));
    }
  }

  private void warn(Block block, String message) {
    warnings.add(block.provenance(fileName) + ": " + message);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** Consecutive lines that form one heading, title, recital, clause or footnote. */
  private static final class Block {
    private final List<SourceLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** The table this block is, empty for a block of text. */
    private final Optional<SourceLine.Table> table;

    Block(SourceLine first) {
      lines.add(first);
      text.append(first.text());
      table = first.table();
    }

    void append(SourceLine line) {
      lines.add(line);
      int end = text.length();
      boolean hyphenated =
          end >= 2 && text.charAt(end - 1) == '-' && Character.isLetter(text.charAt(end - 2))
              && !line.text().isEmpty() && Character.isLowerCase(line.text().charAt(0));
      boolean spaceless =
          end >= 1 && !line.text().isEmpty()
              && Scripts.isIdeographic(text.codePointBefore(end)) && Scripts.isIdeographic(line.text().codePointAt(0));
      if (!hyphenated && !spaceless) {
        text.append(' ');
      }
      text.append(line.text());
    }

    String lastLine() {
      return lines.get(lines.size() - 1).text();
    }

    /** The block's text with each run of white space ({@code \\s+}) as one space, stripped; a scanner, not a regular expression. */
    String text() {
      StringBuilder b = new StringBuilder(text.length());
      boolean space = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
          space = true;
          continue;
        }
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
      if (space) {
        b.append(' ');
      }
      return b.toString().strip();
    }

    Provenance provenance(String fileName) {
      SourceLine first = lines.get(0);
      return new Provenance(fileName, first.line(), first.page());
    }
  }

  private static final class DivisionBuilder {
    final DivisionKind kind;
    final String label;
    final String number;
    String title;
    final Provenance provenance;

    DivisionBuilder(Heading heading, Provenance provenance) {
      this.kind = heading.division().orElseThrow();
      this.label = heading.label();
      this.number = heading.number();
      this.title = heading.rest().strip();
      this.provenance = provenance;
    }
  }

  /** Collects an article's clauses; the mutable counterpart of {@link Clause} while reading. */
  private final class ArticleBuilder {
    final String label;
    final String number;
    String title;
    /** The divisions the article stands in, as read; then with their titles' references, when the article is built. */
    List<Division> divisions;
    final Provenance provenance;
    Optional<StageMarker> marker;
    final List<Node> top = new ArrayList<>();
    /** The draft's title and the division headings that open before this article and no earlier one. */
    String above = "";
    Node currentTop;
    Node currentSub;
    int unnumbered;
    int tables;

    ArticleBuilder(
        String label, String number, String title, List<Division> divisions, Provenance provenance, Optional<StageMarker> marker) {
      this.marker = marker;
      this.label = label;
      this.number = number;
      this.title = title;
      this.divisions = divisions;
      this.provenance = provenance;
    }

    void add(Block block, String text) {
      Provenance at = block.provenance(fileName);
      Optional<Labels.Labelled> m;
      if ((m = Labels.paragraph(text)).isPresent()) {
        currentTop = new Node(ClauseKind.PARAGRAPH, m.get().label(), m.get().text(), at);
        currentSub = null;
        top.add(currentTop);
      } else if ((m = Labels.lettered(text)).isPresent()) {
        String label = m.get().label();
        boolean item =
            m.get().latin() && ROMAN.matcher(label).matches() && currentSub != null && !isNextLetter(currentSub.label, label);
        if (item) {
          currentSub.children.add(new Node(ClauseKind.ITEM, label, m.get().text(), at));
        } else {
          currentSub = new Node(ClauseKind.SUBPARAGRAPH, label, m.get().text(), at);
          if (currentTop == null) {
            top.add(currentSub);
          } else {
            currentTop.children.add(currentSub);
          }
        }
      } else {
        unnumbered++;
        currentTop = new Node(ClauseKind.TEXT, "p" + unnumbered, text, at);
        currentSub = null;
        top.add(currentTop);
      }
    }

    /**
     * Adds a table as a clause of its own at the article's top level, {@code t1}, {@code t2}, with
     * its rows {@code r1}, {@code r2} and their cells {@code c1}, {@code c2}; the clauses after it
     * still continue the list before it.
     */
    void addTable(SourceLine.Table table) {
      tables++;
      Provenance at = new Provenance(fileName, table.rowLines().get(0), 0);
      Node node = new Node(ClauseKind.TABLE, "t" + tables, "", at);
      for (int r = 0; r < table.rows().size(); r++) {
        Provenance rowAt = new Provenance(fileName, table.rowLines().get(r), 0);
        Node row = new Node(ClauseKind.ROW, "r" + (r + 1), "", rowAt);
        List<String> cells = table.rows().get(r);
        for (int c = 0; c < cells.size(); c++) {
          row.children.add(new Node(ClauseKind.CELL, "c" + (c + 1), cells.get(c), rowAt));
        }
        node.children.add(row);
      }
      top.add(node);
    }

    Article build(Map<String, Footnote> footnotes, Set<String> cited) {
      Map<ClausePath, Integer> paths = new HashMap<>(); // each path taken, with the last repeat number it was given
      List<Clause> clauses = new ArrayList<>();
      for (Node node : top) {
        clauses.add(node.build(ClausePath.of(number, node.label), paths, footnotes, cited));
      }
      String headings = above + " " + title;
      InlineText titleContent = InlineText.of(NoteMarkers.unescape(title));
      if (!clauses.isEmpty() && NoteMarkers.hasMarker(headings)) {
        // A note cited in the heading, or in the division headings or the title above, goes with the article's first clause.
        Clause first = clauses.get(0);
        List<Footnote> notes = new ArrayList<>(cite(headings, provenance, footnotes, cited).notes());
        first.footnotes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        clauses.set(0, new Clause(first.kind(), first.label(), first.path(), first.content(), first.children(), notes, first.provenance()));
        titleContent = formats.apply(references(title, footnotes));
      }
      return new Article(label, number, titleContent.plain(), divisions, clauses, provenance, marker, Article.idOf(number), titleContent);
    }
  }

  private static boolean isNextLetter(String previous, String label) {
    return previous.length() == 1 && label.length() == 1 && label.charAt(0) == previous.charAt(0) + 1;
  }

  /** A text as structure, with the footnotes it cites in order. */
  private record Cited(InlineText content, List<Footnote> notes) {}

  /**
   * The text as runs and footnote references: the one place where a marker {@code [^1]} that a
   * reader left in a line becomes a reference, and where an escaped one ({@code \\[^1]}) becomes
   * the text {@code [^1]} ({@link NoteMarkers}). A marker without a note stays text.
   */
  private static InlineText references(String text, Map<String, Footnote> footnotes) {
    List<Inline> parts = new ArrayList<>();
    for (NoteMarkers.Piece p : NoteMarkers.scan(text)) {
      Footnote note = p instanceof NoteMarkers.Marker m ? footnotes.get(m.id()) : null;
      if (note != null) {
        parts.add(Inline.NoteRef.to(note));
      } else {
        parts.add(new Inline.Run(p instanceof NoteMarkers.Text t ? t.text() : "[^" + ((NoteMarkers.Marker) p).id() + "]"));
      }
    }
    return new InlineText(parts);
  }

  /**
   * The text as runs and footnote references ({@link #references}), and the footnotes it cites, in
   * order, each marked as cited; a marker without a note is warned of.
   */
  private Cited cite(String text, Provenance provenance, Map<String, Footnote> footnotes, Set<String> cited) {
    List<Footnote> notes = new ArrayList<>();
    for (NoteMarkers.Piece p : NoteMarkers.scan(text)) {
      if (!(p instanceof NoteMarkers.Marker m)) {
        continue;
      }
      Footnote note = footnotes.get(m.id());
      if (note == null) {
        warnings.add(provenance + ": footnote [^" + m.id() + "] is cited but never defined");
      } else if (cited.add(m.id()) || !notes.contains(note)) {
        notes.add(note);
      }
    }
    return new Cited(formats.apply(references(text, footnotes)), notes);
  }

  private final class Node {
    final ClauseKind kind;
    final String label;
    final String text;
    final Provenance provenance;
    final List<Node> children = new ArrayList<>();

    Node(ClauseKind kind, String label, String text, Provenance provenance) {
      this.kind = kind;
      this.label = label;
      this.text = text;
      this.provenance = provenance;
    }

    Clause build(ClausePath printed, Map<ClausePath, Integer> paths, Map<String, Footnote> footnotes, Set<String> cited) {
      ClausePath path = printed;
      if (paths.putIfAbsent(printed, 1) != null) {
        int n = paths.get(printed);
        do {
          n++;
          path = printed.withLast(label + "~" + n);
        } while (paths.putIfAbsent(path, 1) != null);
        paths.put(printed, n);
        warnings.add(provenance + ": clause " + printed + " appears more than once; the repeat is " + path);
      }
      Cited c = cite(text, provenance, footnotes, cited);
      List<Clause> built = new ArrayList<>();
      for (Node child : children) {
        built.add(child.build(path.child(child.label), paths, footnotes, cited));
      }
      String shownLabel = kind == ClauseKind.TEXT || kind.inTable() ? "" : label;
      return new Clause(kind, shownLabel, path, c.content(), built, c.notes(), provenance);
    }
  }
}

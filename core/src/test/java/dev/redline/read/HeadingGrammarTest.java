package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.model.Article;
import dev.redline.model.DivisionKind;
import dev.redline.model.Draft;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headings of other traditions, quoted material, and the user's own article pattern. */
class HeadingGrammarTest {
  @TempDir Path dir;

  private Draft read(String text) throws DraftReadException {
    return read(text, ReadOptions.DEFAULTS);
  }

  private Draft read(String text, ReadOptions options) throws DraftReadException {
    Path file = dir.resolve("draft.txt");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return DraftReaders.read(file, options);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Article 5. Scope               | Article 5     | 5     | Scope",
        "Article 1er                    | Article 1er   | 1er   | ''",
        "Article 5 bis - Scope          | Article 5 bis | 5 bis | Scope",
        "Artículo 5. Ámbito             | Artículo 5    | 5     | Ámbito",
        "Articulo 12                    | Articulo 12   | 12    | ''",
        "Статья 5. Сфера применения     | Статья 5      | 5     | Сфера применения",
        "第五条                          | 第五条         | 5     | ''",
        "第二十三条　适用范围              | 第二十三条      | 23    | 适用范围",
        "第5条                           | 第5条          | 5     | ''",
        "第一百零五条                      | 第一百零五条    | 105   | ''",
        "المادة 5                        | المادة 5       | 5     | ''",
        "المادة (12) - النطاق            | المادة (12)    | 12    | النطاق",
        "المادة ١٥                       | المادة ١٥      | 15    | ''",
        "§ 5a Geltungsbereich           | § 5a          | 5a    | Geltungsbereich",
        "§5                             | §5            | 5     | ''",
        "Artikel 5                      | Artikel 5     | 5     | ''",
        "Art. 5. Scope                  | Art. 5        | 5     | Scope",
        "Rule 5. Quorum                 | Rule 5        | 5     | Quorum",
        "Article premier                | Article premier | 1er | ''",
        "Article premier. Objet         | Article premier | 1er | Objet",
        "المادة الأولى                   | المادة الأولى   | 1     | ''",
        "المادة الرابعة - النطاق          | المادة الرابعة  | 4     | النطاق",
        "المادة العاشرة                  | المادة العاشرة  | 10    | ''",
        "المادة الحادية عشرة             | المادة الحادية عشرة | 11 | ''",
        "المادة الثانية عشرة: التعاون      | المادة الثانية عشرة | 12 | التعاون",
        "المادة العشرون                  | المادة العشرون  | 20    | ''",
        "المادة الحادية والعشرون          | المادة الحادية والعشرون | 21 | ''",
        "المادة التاسعة والتسعون - الختام   | المادة التاسعة والتسعون | 99 | الختام",
        "Article 10250. Transitional rule | Article 10250 | 10250 | Transitional rule",
        "§ 12034                        | § 12034       | 12034 | ''",
        "第一千零一条                      | 第一千零一条    | 1001  | ''",
        "Article 1. Rule 1              | Article 1     | 1     | Rule 1",
        "Rule 3: Article 12 of the Statute | Rule 3     | 3     | Article 12 of the Statute",
      })
  void articleHeadings(String line, String label, String number, String title) throws Exception {
    Article a = read(line + "\n\n1. The text of the article.\n").articles().get(0);
    assertEquals(label, a.label());
    assertEquals(number, a.number());
    assertEquals(title, a.title());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chapitre II. Titre          | CHAPTER | Chapitre II | II",
        "Titre Ier                   | TITLE   | Titre Ier   | Ier",
        "Partie III                  | PART    | Partie III  | III",
        "Capítulo 2                  | CHAPTER | Capítulo 2  | 2",
        "Título IV                   | TITLE   | Título IV   | IV",
        "Parte I                     | PART    | Parte I     | I",
        "Глава 3                     | CHAPTER | Глава 3     | 3",
        "Раздел II                   | TITLE   | Раздел II   | II",
        "Часть 1                     | PART    | Часть 1     | 1",
        "第三章                       | CHAPTER | 第三章       | 3",
        "第一部分                     | PART    | 第一部分     | 1",
        "الفصل الثالث                 | CHAPTER | الفصل الثالث | 3",
        "الفصل الثالث عشر              | CHAPTER | الفصل الثالث عشر | 13",
        "الباب الحادي والثلاثون         | TITLE   | الباب الحادي والثلاثون | 31",
        "الباب 2                     | TITLE   | الباب 2     | 2",
        "Kapitel 4                   | CHAPTER | Kapitel 4   | 4",
        "Abschnitt 2                 | SECTION | Abschnitt 2 | 2",
        "Teil II                     | PART    | Teil II     | II",
        "Part XI                     | PART    | Part XI     | XI",
        "Section II                  | SECTION | Section II  | II",
        "Erster Abschnitt            | SECTION | Erster Abschnitt | 1",
        "Zweiter Teil. Verfahren     | PART    | Zweiter Teil | 2",
        "Dritter Titel               | TITLE   | Dritter Titel | 3",
        "Zehntes Kapitel             | CHAPTER | Zehntes Kapitel | 10",
      })
  void divisionHeadings(String line, DivisionKind kind, String label, String number) throws Exception {
    Draft d = read(line + "\n\nArticle 1\n\nText.\n");
    assertEquals(1, d.divisions().size(), d.divisions().toString());
    assertEquals(kind, d.divisions().get(0).kind());
    assertEquals(label, d.divisions().get(0).label());
    assertEquals(number, d.divisions().get(0).number());
  }

  @Test
  void arabicAndGermanOrdinalWordsFromFirstToTenthAreNumbered() throws Exception {
    String arabic = "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة";
    StringBuilder text = new StringBuilder();
    for (String ordinal : arabic.split(" ")) {
      text.append("المادة ").append(ordinal).append("\n\nنص.\n\n");
    }
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
        read(text.toString()).articles().stream().map(Article::number).toList());
    String german = "Erster Zweiter Dritter Vierter Fünfter Sechster Siebter Achter Neunter Zehnter";
    text.setLength(0);
    int paragraph = 0;
    for (String ordinal : german.split(" ")) {
      text.append(ordinal).append(" Abschnitt\n\n§ ").append(++paragraph).append("\n\nText.\n\n");
    }
    assertEquals(
        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
        read(text.toString()).divisions().stream().map(d -> d.number()).toList());
  }

  @Test
  void aSentenceAfterABareHeadingIsTheFirstParagraphNotTheTitle() throws Exception {
    Draft d =
        read(
            """
            Article 5
            Each Party shall keep a record of its readings.

            Article 6
            Records open to the public

            1. Records are public.

            Artículo 7
            Cada Parte publicará sus datos.
            """);
    assertEquals(List.of("", "Records open to the public", ""), d.articles().stream().map(Article::title).toList());
    assertEquals("Each Party shall keep a record of its readings.", d.articles().get(0).clauses().get(0).text());
    assertEquals("Cada Parte publicará sus datos.", d.articles().get(2).clauses().get(0).text());
  }

  @Test
  void wordsThatOnlyStartLikeAnOrdinalAreNoHeading() throws Exception {
    Draft d = read("Article 1\n\nText.\n\nErsterer Abschnitt folgt.\n\nالمادة الأولىات نص.\n");
    assertEquals(1, d.articles().size());
    assertEquals(List.of(), d.divisions());
    assertEquals(3, d.articles().get(0).clauses().size());
  }

  @Test
  void sectionWithAnArabicNumberIsADivisionAmongArticlesAndAnArticleOtherwise() throws Exception {
    Draft convention = read("Part XI\n\nSection 1. General provisions\n\nArticle 133\n\nText.\n");
    assertEquals(List.of("Part XI", "Section 1"), convention.divisions().stream().map(d -> d.label()).toList());
    assertEquals("133", convention.articles().get(0).number());
    Draft act = read("Part 1\n\nSection 1. Short title\n\nThis Act is the Rivers Act.\n\nSection 2. Interpretation\n\nIn this Act:\n");
    assertEquals(List.of("Section 1", "Section 2"), act.articles().stream().map(Article::label).toList());
    assertEquals("Part 1", act.articles().get(1).division().orElseThrow().label());
  }

  @Test
  void preambleInEachLanguageEndsTheHeader() throws Exception {
    for (String word : List.of("Preamble", "Préambule", "Preámbulo", "Преамбула", "序言", "الديباجة", "Präambel")) {
      Draft d = read("A/1\n\nA title\n\n" + word + "\n\nRecital one,\n\nArticle 1\n\nText.\n");
      assertEquals("A title", d.title(), word);
      assertEquals(List.of("Recital one,"), d.preamble().stream().map(c -> c.text()).toList(), word);
    }
  }

  @Test
  void quotedMaterialStaysInsideTheAmendingArticle() throws Exception {
    Draft bill =
        read(
            """
            Article 1

            The Environment Code is amended as follows:

            "Art. L. 230-1. - The owner of a station shall publish its readings.

            "Article 5. Penalties

            "1. A breach of this chapter is an offence.".

            « Art. 5. - Les relevés sont publics. »

            Article 2

            This Act enters into force on 1 January.
            """);
    assertEquals(List.of("1", "2"), bill.articles().stream().map(Article::number).toList());
    List<String> quoted = bill.articles().get(0).allClauses().map(c -> c.text()).toList();
    assertEquals(5, quoted.size(), quoted.toString());
    assertTrue(quoted.get(2).startsWith("\"Article 5. Penalties"), quoted.toString());
    assertEquals("« Art. 5. - Les relevés sont publics. »", quoted.get(4));
  }

  @Test
  void labelsOfOtherScripts() throws Exception {
    Draft d =
        read(
            """
            Статья 1

            1. Текст:

            а) первый;

            (б) второй.

            第2条

            一、文本：

            （一）第一项；

            (二) 第二项。

            المادة 3

            1. نص:

            (أ) أول؛

            (ب) ثان.

            § 4

            (1) Text:

            a) erstens;

            b) zweitens.
            """);
    assertEquals(
        "1.1 1.1.а 1.1.б | 2.一 2.一.一 2.一.二 | 3.1 3.1.أ 3.1.ب | 4.1 4.1.a 4.1.b",
        d.articles().stream()
            .map(a -> a.allClauses().map(c -> c.path().toString()).collect(Collectors.joining(" ")))
            .collect(Collectors.joining(" | ")));
  }

  @Test
  void aUserPatternFindsUnusualHeadings() throws Exception {
    String text =
        """
        Condition 7 — Payment

        1. The buyer pays within thirty days.

        Condition 8 — Delivery

        1. The seller delivers to the buyer's port.

        Article 9 of the old agreement is repealed.
        """;
    assertThrows(DraftReadException.class, () -> read(text), "no built-in heading here");
    Draft d = read(text, ReadOptions.withArticlePattern("Condition (?<number>\\d+) — (?<title>.+)"));
    assertEquals(List.of("Condition 7. Payment", "Condition 8. Delivery"), d.articles().stream().map(Article::heading).toList());
    assertEquals(List.of("8.1", "8.p1"), d.articles().get(1).allClauses().map(c -> c.path().toString()).toList());
    assertThrows(
        DraftReadException.class,
        () -> read(text, ReadOptions.withArticlePattern("Condition (?<number>\\d+)")),
        "the pattern must match the whole line");
  }

  @Test
  void aQuotedLineIsNeverAHeadingEvenByTheUsersPattern() throws Exception {
    Draft d =
        read(
            "Clause 1 — Amendments\n\nThe contract is amended:\n\n\"Clause 9 — Notices\n\nClause 2 — Term\n\nOne year.\n",
            ReadOptions.withArticlePattern("Clause (?<number>\\d+) — (?<title>.+)"));
    assertEquals(List.of("1", "2"), d.articles().stream().map(Article::number).toList());
    assertEquals("\"Clause 9 — Notices", d.articles().get(0).clauses().get(1).text());
  }

  @Test
  void aLineEndingInAReferenceWordRunsOnInOtherLanguagesToo() throws Exception {
    Draft d =
        read(
            """
            Статья 1

            1. Каждая Сторона действует в соответствии с пунктом
            2. статьи 5.

            2. Второй пункт.

            Artículo 2

            1. Cada Parte aplicará el párrafo
            3. del artículo 7.
            """);
    assertEquals(
        List.of("1.1 Каждая Сторона действует в соответствии с пунктом 2. статьи 5.", "1.2 Второй пункт."),
        d.articles().get(0).allClauses().map(c -> c.path() + " " + c.text()).toList());
    assertEquals(
        List.of("2.1 Cada Parte aplicará el párrafo 3. del artículo 7."),
        d.articles().get(1).allClauses().map(c -> c.path() + " " + c.text()).toList());
  }

  @Test
  void chineseLinesWrapWithoutASpace() throws Exception {
    Draft d = read("第一条　宗旨\n\n一、本议定书旨在规定缔约方之间\n共享水位数据。\n");
    assertEquals("本议定书旨在规定缔约方之间共享水位数据。", d.articles().get(0).clauses().get(0).text());
  }

  @Test
  void aUserPatternWithoutTitleGroupTakesTheTitleFromTheNextLine() throws Exception {
    Draft d = read("Clause ٧\nPayment\n\nThe buyer pays.\n", ReadOptions.withArticlePattern("Clause (?<number>\\S+)"));
    assertEquals("7", d.articles().get(0).number());
    assertEquals("Payment", d.articles().get(0).title());
  }

  @Test
  void badPatternsAreRefusedWithAClearMessage() {
    IllegalArgumentException syntax =
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.withArticlePattern("Clause (?<number>\\d+"));
    assertTrue(syntax.getMessage().startsWith("the article pattern 'Clause (?<number>\\d+' is not a valid regular expression: "),
        syntax.getMessage());
    IllegalArgumentException group =
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.withArticlePattern("Clause (\\d+)"));
    assertEquals("the article pattern 'Clause (\\d+)' has no named group 'number', such as (?<number>\\d+)", group.getMessage());
  }

  @Test
  void chineseNumerals() {
    assertEquals(23, HeadingGrammar.hanValue("二十三"));
    assertEquals(10, HeadingGrammar.hanValue("十"));
    assertEquals(15, HeadingGrammar.hanValue("十五"));
    assertEquals(105, HeadingGrammar.hanValue("一百零五"));
    assertEquals(120, HeadingGrammar.hanValue("一百二十"));
    assertEquals(20, HeadingGrammar.hanValue("二〇"));
    assertEquals(1001, HeadingGrammar.hanValue("一千零一"));
    assertEquals(2345, HeadingGrammar.hanValue("二千三百四十五"));
  }
}

package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.fixtures.Fixtures;
import dev.redline.model.Article;
import dev.redline.model.Clause;
import dev.redline.model.Division;
import dev.redline.model.Draft;
import dev.redline.model.Footnote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The drafts in French, Spanish, Russian, Chinese, Arabic and German conventions read into the
 * divisions, articles, numbers, titles and clause paths their author wrote. Expected outlines are
 * written by hand: a division line {@code == label | title}, then one line per article {@code label
 * | number | title | clause paths}.
 */
class LanguageDraftsTest {
  private static Draft read(String file) throws DraftReadException {
    return DraftReaders.read(Fixtures.draft("languages", file));
  }

  /** The outline of a draft in the form the expected values are written in. */
  private static String outline(Draft draft) {
    List<String> lines = new ArrayList<>();
    Division current = null;
    for (Article a : draft.articles()) {
      Division d = a.division().orElse(null);
      if (d != null && d != current) {
        lines.add("== " + d.label() + " | " + d.title());
        current = d;
      }
      lines.add(a.label() + " | " + a.number() + " | " + a.title() + " | "
          + a.allClauses().map(c -> c.path().toString()).collect(Collectors.joining(" ")));
    }
    return String.join("\n", lines);
  }

  private static void assertDraft(
      String file, String symbol, String date, String title, int recitals, String outline, String footnotePath,
      String footnoteStart)
      throws DraftReadException {
    Draft d = read(file);
    assertEquals(List.of(), d.warnings(), file + ": warnings");
    assertEquals(symbol, d.symbol(), file + ": symbol");
    assertEquals(date, d.date(), file + ": date");
    assertEquals(title, d.title(), file + ": title");
    assertEquals(recitals, d.preamble().size(), file + ": recitals");
    assertEquals(outline, outline(d), file + ": outline");
    List<String> cited = new ArrayList<>();
    for (Article a : d.articles()) {
      a.allClauses().filter(c -> !c.footnotes().isEmpty()).forEach(c -> cited.add(c.path().toString()));
    }
    assertEquals(List.of(footnotePath), cited, file + ": the clause citing the footnote");
    Footnote note = d.articles().stream().flatMap(a -> a.footnotes().stream()).findFirst().orElseThrow();
    assertEquals(footnoteStart, note.text().substring(0, footnoteStart.length()), file + ": footnote");
  }

  @Test
  void french() throws Exception {
    assertDraft(
        "fr.txt", "RC/2024/3", "14 juin 2024",
        "Projet de protocole relatif à l'échange de données hydrologiques dans le bassin du Bas-Marrow", 3,
        """
        == Chapitre I | Dispositions générales
        Article premier | 1er | Objet | 1er.p1
        Article 2 | 2 | Définitions | 2.p1 2.p1.a 2.p1.b
        Article 2 bis | 2 bis | Formats | 2bis.p1
        == Chapitre II | Échange de données
        Article 3 | 3 | Données à échanger | 3.1 3.2 3.2.a 3.2.b
        Article 4 | 4 | Entrée en vigueur | 4.1 4.2""",
        "3.1", "Le Secrétariat accuse réception");
    Clause station = read("fr.txt").article("2").orElseThrow().allClauses().skip(1).findFirst().orElseThrow();
    assertEquals("« Station » désigne tout point de mesure fixe exploité par une Partie ou pour son compte ;", station.text());
  }

  @Test
  void spanish() throws Exception {
    assertDraft(
        "es.txt", "RC/2024/3", "14 de junio de 2024",
        "Proyecto de protocolo sobre el intercambio de datos hidrológicos en la cuenca del Bajo Marrow", 3,
        """
        == Capítulo I | Disposiciones generales
        Artículo 1 | 1 | Objeto | 1.p1
        Artículo 2 | 2 | Definiciones | 2.p1 2.p1.a 2.p1.b
        == Capítulo II | Intercambio de datos
        Artículo 3 | 3 | Datos que se intercambiarán | 3.1 3.2 3.2.a 3.2.b
        Artículo 4 | 4 | Entrada en vigor | 4.1 4.2""",
        "3.1", "La Secretaría acusará recibo");
  }

  @Test
  void russian() throws Exception {
    assertDraft(
        "ru.txt", "RC/2024/3", "14 июня 2024 года",
        "Проект протокола об обмене гидрологическими данными в бассейне Нижнего Марроу", 3,
        """
        == Глава I | Общие положения
        Статья 1 | 1 | Цель | 1.p1
        Статья 2 | 2 | Термины | 2.p1 2.p1.а 2.p1.б
        == Глава II | Обмен данными
        Статья 3 | 3 | Данные, подлежащие обмену | 3.1 3.2 3.2.а 3.2.б
        Статья 4 | 4 | Вступление в силу | 4.1 4.2""",
        "3.1", "Секретариат подтверждает");
  }

  @Test
  void chinese() throws Exception {
    assertDraft(
        "zh.txt", "RC/2024/3", "2024年6月14日", "下马罗河流域水文数据交换议定书草案", 3,
        """
        == 第一章 | 总则
        第一条 | 1 |  | 1.p1
        第2条 | 2 | 用语 | 2.p1 2.p1.一 2.p1.二
        == 第二章 | 数据交换
        第三条 | 3 | 应交换的数据 | 3.一 3.二 3.二.一 3.二.二
        第四条 | 4 | 生效 | 4.一 4.二""",
        "3.一", "秘书处应在24小时内");
    Draft zh = read("zh.txt");
    assertEquals(
        "本议定书旨在规定缔约方之间共享在河流下游测得的流量和水位数据。",
        zh.article("1").orElseThrow().clauses().get(0).text(),
        "the sentence on the heading's line is the article's first clause");
    assertEquals("2", zh.divisions().get(1).number(), "第二章 is chapter 2");
  }

  @Test
  void arabic() throws Exception {
    assertDraft(
        "ar.txt", "RC/2024/3", "14 حزيران/يونيه 2024",
        "مشروع بروتوكول بشأن تبادل البيانات الهيدرولوجية في حوض نهر مارو الأدنى", 3,
        """
        == الفصل الأول | أحكام عامة
        المادة الأولى | 1 | الغرض | 1.p1
        المادة (2) | 2 | المصطلحات المستخدمة | 2.p1 2.p1.أ 2.p1.ب
        == الفصل الثاني | تبادل البيانات
        المادة ٣ | 3 | البيانات الواجب تبادلها | 3.1 3.2 3.2.أ 3.2.ب
        المادة 4 | 4 | بدء النفاذ | 4.1 4.2""",
        "3.1", "تؤكد الأمانة استلام");
  }

  @Test
  void german() throws Exception {
    assertDraft(
        "de.txt", "RC/2024/3", "14. Juni 2024",
        "Entwurf eines Protokolls über den Austausch hydrologischer Daten im Einzugsgebiet des Unteren Marrow", 3,
        """
        == Erster Abschnitt | Allgemeine Bestimmungen
        § 1 | 1 | Zweck | 1.p1
        § 2 | 2 | Begriffsbestimmungen | 2.p1 2.p1.a 2.p1.b
        § 2a | 2a | Datenformate | 2a.p1
        == Abschnitt 2 | Austausch von Daten
        §3 | 3 | Zu übermittelnde Daten | 3.1 3.2 3.2.a 3.2.b
        § 4 | 4 | Inkrafttreten | 4.1 4.2""",
        "3.1", "Das Sekretariat bestätigt");
  }

  @Test
  void folderSweepReadsEveryLanguageDraftAndItsOtherForms() throws Exception {
    List<Path> texts;
    try (Stream<Path> files = Files.list(Fixtures.drafts("languages"))) {
      texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(
        List.of("ar.txt", "de.txt", "es.txt", "fr.txt", "ru.txt", "zh.txt"),
        texts.stream().map(p -> p.getFileName().toString()).toList());
    int otherForms = 0;
    for (Path text : texts) {
      Draft fromText = DraftReaders.read(text);
      assertEquals(List.of(), fromText.warnings(), text + ": warnings");
      for (String extension : List.of(".docx", ".pdf")) {
        Path other = text.resolveSibling(text.getFileName().toString().replace(".txt", extension));
        if (Files.isRegularFile(other)) {
          otherForms++;
          Draft fromOther = DraftReaders.read(other);
          assertEquals(List.of(), fromOther.warnings(), other + ": warnings");
          assertEquals(fromText.title(), fromOther.title(), other + ": title");
          assertEquals(fromText.symbol(), fromOther.symbol(), other + ": symbol");
          assertEquals(fromText.date(), fromOther.date(), other + ": date");
          DocxFixtureDraftsTest.assertSameLines(
              other, DocxFixtureDraftsTest.outline(fromText), DocxFixtureDraftsTest.outline(fromOther));
        }
      }
    }
    assertEquals(EXPECTED_OTHER_FORMS, otherForms, "the .docx and .pdf forms in fixtures/drafts/languages");
  }

  /** How many .docx and .pdf forms of the language drafts are shipped: both, for each of the six. */
  private static final int EXPECTED_OTHER_FORMS = 12;
}

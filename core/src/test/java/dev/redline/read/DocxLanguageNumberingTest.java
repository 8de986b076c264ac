package dev.redline.read;

import static dev.redline.read.TestDocx.numbered;
import static dev.redline.read.TestDocx.para;
import static dev.redline.read.TestDocx.r;
import static dev.redline.read.TestDocx.styled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.model.Clause;
import dev.redline.model.Draft;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word's automatic numbering in Chinese, Russian and Arabic styles reads into the labels a reader sees. */
class DocxLanguageNumberingTest {
  @TempDir Path dir;

  private static String list(String... levels) {
    StringBuilder s = new StringBuilder("<w:abstractNum w:abstractNumId=\"0\">");
    for (int i = 0; i < levels.length; i += 2) {
      s.append("<w:lvl w:ilvl=\"").append(i / 2).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
          .append(levels[i]).append("\"/><w:lvlText w:val=\"").append(levels[i + 1]).append("\"/></w:lvl>");
    }
    return s.append("</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>").toString();
  }

  private Draft read(String name, String numbering, String heading, String... body) throws Exception {
    String[] blocks = new String[body.length + 1];
    blocks[0] = styled("Heading2", r(heading));
    System.arraycopy(body, 0, blocks, 1, body.length);
    return DraftReaders.read(TestDocx.body(blocks).numbering(numbering).write(dir.resolve(name)));
  }

  private static List<String> lines(Draft d) {
    return d.articles().get(0).allClauses().map(c -> c.path() + " " + c.text()).toList();
  }

  @Test
  void chineseCounting() throws Exception {
    Draft d =
        read(
            "zh.docx", list("chineseCounting", "%1、", "chineseCounting", "（%2）"), "第三条　应交换的数据",
            numbered(1, 0, r("各缔约方应每日提交数据。")),
            numbered(1, 0, r("在洪水期间，各缔约方应：")),
            numbered(1, 1, r("每小时提交一次；")),
            numbered(1, 1, r("立即通报。")));
    assertEquals(
        List.of("3.一 各缔约方应每日提交数据。", "3.二 在洪水期间，各缔约方应：", "3.二.一 每小时提交一次；", "3.二.二 立即通报。"),
        lines(d));
  }

  @Test
  void russianLetters() throws Exception {
    Draft d =
        read(
            "ru.docx", list("decimal", "%1.", "russianLower", "%2)"), "Статья 3. Данные",
            numbered(1, 0, r("Во время паводка каждая Сторона:")),
            numbered(1, 1, r("передает данные каждый час;")),
            numbered(1, 1, r("сообщает о неработающей станции.")));
    assertEquals(
        List.of("3.1 Во время паводка каждая Сторона:", "3.1.а передает данные каждый час;", "3.1.б сообщает о неработающей станции."),
        lines(d));
  }

  @Test
  void arabicAbjadLetters() throws Exception {
    Draft d =
        read(
            "ar.docx", list("decimal", "%1.", "arabicAbjad", "(%2)"), "المادة 3 - البيانات",
            numbered(1, 0, r("يقوم كل طرف بما يلي:")),
            numbered(1, 1, r("إرسال قياساته؛")),
            numbered(1, 1, r("الإبلاغ عن المحطات؛")),
            numbered(1, 1, r("نشر البيانات.")));
    assertEquals(
        List.of("3.1 يقوم كل طرف بما يلي:", "3.1.أ إرسال قياساته؛", "3.1.ب الإبلاغ عن المحطات؛", "3.1.ج نشر البيانات."),
        lines(d));
    Clause third = d.articles().get(0).allClauses().toList().get(3);
    assertEquals("ج", third.label());
  }
}

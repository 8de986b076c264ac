package dev.redline.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.model.Segment;
import dev.redline.model.TextChange;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Chinese and Japanese text, written without spaces, is compared character by character. */
class SpacelessScriptTokensTest {
  @Test
  void eachHanCharacterIsAToken() {
    assertEquals(
        List.of("各", "缔", "约", "方", "应", "每", "日", "提", "交", "数", "据", "[^1]", "。"),
        Tokens.of("各缔约方应每日提交数据[^1]。"));
  }

  @Test
  void latinWordsAndNumbersAmongHanStayWhole() {
    assertEquals(List.of("第", "24/7", "条", "the", " ", "State's", "（", "一", "）"), Tokens.of("第24/7条the State's（一）"));
  }

  @Test
  void hiraganaAndKatakanaAreOneCharacterEach() {
    assertEquals(List.of("デ", "ー", "タ", "を", "送", "る"), Tokens.of("データを送る"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "各缔约方应每日提交数据。",
        "第二十三条　本公约自第三十份批准书交存之日起生效。",
        "Each State Party 应 submit データ, 24/7 [^2]; autho- rities",
        "𠀀𠀁 surrogate Han (Extension B) and 〇",
        ""
      })
  void joiningTheTokensGivesTheTextBack(String text) {
    assertEquals(text, String.join("", Tokens.of(text)));
  }

  @Test
  void oneChangedCharacterInAChineseSentenceIsOneSmallEdit() {
    TextChange c = WordDiffer.diff("各缔约方应每日向秘书处提交其测站的原始数据。", "各缔约方应每周向秘书处提交其测站的原始数据。");
    assertEquals("日", text(c, Segment.Op.DELETE));
    assertEquals("周", text(c, Segment.Op.INSERT));
    assertEquals(1, c.wordsDeleted());
    assertEquals(1, c.wordsInserted());
  }

  private static String text(TextChange c, Segment.Op op) {
    return c.segments().stream().filter(s -> s.op() == op).map(Segment::text).collect(Collectors.joining("|"));
  }
}

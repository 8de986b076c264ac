package dev.redline.read;

/** What reading needs to know of the writing systems of a text. Stateless and thread-safe. */
final class Scripts {
  private Scripts() {}

  /** Han, kana and CJK punctuation: Chinese and Japanese lines run, and wrap, without spaces. */
  static boolean isIdeographic(int c) {
    if (c < 0x2E80) {
      return false; // no ideograph, kana or CJK punctuation comes before the CJK radicals
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || (c >= 0x3000 && c <= 0x303F && c != 0x3000)
        || (c >= 0xFF01 && c <= 0xFF60);
  }
}

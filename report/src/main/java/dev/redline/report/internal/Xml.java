package dev.redline.report.internal;

/** Escaping text for XML and HTML: the five special characters, and characters XML 1.0 forbids dropped. */
public final class Xml {
  private Xml() {}

  /** The text made safe for element content and for attribute values in double or single quotes. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (allowed(c) || Character.isSurrogate(c) && pairedSurrogate(text, i)) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** The text without the characters XML 1.0 forbids (most control characters, lone surrogates), nothing escaped. */
  public static String clean(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep = allowed(c) || Character.isSurrogate(c) && pairedSurrogate(text, i);
      if (!keep && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      } else if (keep && b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  private static boolean allowed(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
  }

  private static boolean pairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}

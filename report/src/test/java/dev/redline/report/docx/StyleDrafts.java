package dev.redline.report.docx;

/** Two small drafts that differ in quote and dash style, white space and hyphenation, and in the order of two paragraphs. */
final class StyleDrafts {
  static final String OLD =
      """
      A/AC.9/1/Rev.1

      Draft rules on shared records

      Article 1. Terms

      1. "Record" means any entry - in any form - that a Party's registry holds ; nothing else.

      2. A Party shall keep each record for ten years.

      3. Records shall be stored in a secure place.

      Article 2. Cooperation

      Parties shall cooperate in good faith.
      """;

  static final String NEW =
      """
      A/AC.9/1/Rev.2

      Draft rules on shared records

      Article 1. Terms

      1. “Record” means any entry — in any form — that a Party’s registry holds; nothing else.

      2. Records shall be stored in a secure place.

      3. A Party shall keep each record for ten years.

      Article 2. Cooperation

      Parties shall co-operate in good faith.
      """;

  private StyleDrafts() {}
}

package dev.redline.report.docx;

/**
 * The styles of a redline: Word's built-in names for the draft's title and headings, so that the
 * navigation pane lists every division and article, and "Redline note" styles for everything that
 * is about the redline rather than of the draft (cover, summary, table text), so that a reader,
 * or a test, can tell the two apart.
 */
final class RedlineStyles {
  /** The prefix of the ids of the redline's own styles, which a draft's styles never replace. */
  static final String PREFIX = "Redline";
  static final String NORMAL = "Normal";
  static final String TITLE = "Title";
  static final String DIVISION = "Heading1";
  static final String ARTICLE = "Heading2";
  /** Paragraphs about the redline, not of the draft. */
  static final String NOTE = "RedlineNote";
  /** Headings of the cover's sections; listed in the navigation pane. */
  static final String NOTE_HEADING = "RedlineNoteHeading";
  /** Text in the cover's tables. */
  static final String TABLE_TEXT = "RedlineNoteTable";
  static final String FOOTNOTE = "RedlineFootnote";
  static final String FOOTNOTE_TEXT = "FootnoteText";
  static final String FOOTNOTE_REFERENCE = "FootnoteReference";
  static final String COMMENT_TEXT = "CommentText";
  static final String COMMENT_REFERENCE = "CommentReference";

  private RedlineStyles() {}

  /** The {@code word/styles.xml} part. */
  static String xml() {
    return xml(false);
  }

  /**
   * The {@code word/styles.xml} part.
   *
   * @param besideDraft whether the styles join a draft's (see {@link DraftLook}): the "Redline note"
   *     styles then base themselves on none of the draft's and name their font, alignment and indent
   */
  static String xml(boolean besideDraft) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    b.append("<w:styles xmlns:w=\"").append(DocxPackage.W).append("\">")
        .append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>")
        .append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>")
        .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"100\"/></w:pPr></w:pPrDefault></w:docDefaults>");
    paragraph(b, NORMAL, "Normal", null, true, 22, false, false, -1, 100);
    paragraph(b, TITLE, "Title", NORMAL, false, 32, true, false, -1, 200);
    paragraph(b, DIVISION, "heading 1", NORMAL, false, 28, true, false, 0, 120);
    paragraph(b, ARTICLE, "heading 2", NORMAL, false, 24, true, false, 1, 120);
    paragraph(b, NOTE, "Redline note", besideDraft ? null : NORMAL, false, 18, false, true, -1, 100);
    paragraph(b, NOTE_HEADING, "Redline note heading", NOTE, false, 24, true, false, 0, 120);
    paragraph(b, TABLE_TEXT, "Redline note table", besideDraft ? null : NORMAL, false, 18, false, false, -1, 0);
    paragraph(b, FOOTNOTE, "Redline footnote", NORMAL, false, 18, false, false, -1, 100);
    paragraph(b, COMMENT_TEXT, "annotation text", NORMAL, false, 20, false, false, -1, 0);
    paragraph(b, FOOTNOTE_TEXT, "footnote text", NORMAL, false, 18, false, false, -1, 0);
    b.append("<w:style w:type=\"character\" w:styleId=\"").append(FOOTNOTE_REFERENCE).append("\"><w:name w:val=\"footnote reference\"/>")
        .append("<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
    b.append("<w:style w:type=\"character\" w:styleId=\"").append(COMMENT_REFERENCE).append("\"><w:name w:val=\"annotation reference\"/>")
        .append("<w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>");
    return b.append("</w:styles>").toString();
  }

  private static void paragraph(
      StringBuilder b, String id, String name, String basedOn, boolean isDefault, int halfPoints, boolean bold, boolean italic, int outline, int after) {
    b.append("<w:style w:type=\"paragraph\"").append(isDefault ? " w:default=\"1\"" : "").append(" w:styleId=\"").append(id).append("\">")
        .append("<w:name w:val=\"").append(name).append("\"/>");
    if (basedOn != null) {
      b.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
    }
    b.append("<w:next w:val=\"").append(outline >= 0 && !id.equals(NOTE_HEADING) ? NORMAL : id).append("\"/><w:qFormat/><w:pPr>");
    if (outline >= 0) {
      b.append("<w:keepNext/>");
    }
    b.append("<w:spacing w:before=\"").append(outline >= 0 ? 240 : 0).append("\" w:after=\"").append(after).append("\"/>");
    boolean own = basedOn == null && !isDefault;
    if (own) {
      b.append("<w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>");
    }
    if (outline >= 0) {
      b.append("<w:outlineLvl w:val=\"").append(outline).append("\"/>");
    }
    b.append("</w:pPr><w:rPr>");
    if (own) {
      b.append("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>");
    }
    if (bold) {
      b.append("<w:b/><w:bCs/>");
    }
    if (italic) {
      b.append("<w:i/><w:iCs/>");
    }
    b.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints).append("\"/></w:rPr></w:style>");
  }
}

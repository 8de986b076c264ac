package dev.redline.report.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The paragraph styles of a redline: Word's built-in names, so the navigation pane lists headings. */
final class RedlineStyles {
  static final String NORMAL = "Normal";
  static final String TITLE = "Title";
  static final String DIVISION = "Heading1";
  static final String ARTICLE = "Heading2";
  /** Paragraphs about the redline, not of the draft: the cover lines. */
  static final String NOTE = "RedlineNote";
  static final String FOOTNOTE = "RedlineFootnote";

  private RedlineStyles() {}

  static void install(XWPFDocument document) {
    XWPFStyles styles = document.createStyles();
    add(styles, NORMAL, "Normal", null, 22, false, false, -1);
    add(styles, TITLE, "Title", NORMAL, 32, true, false, -1);
    add(styles, DIVISION, "heading 1", NORMAL, 28, true, false, 0);
    add(styles, ARTICLE, "heading 2", NORMAL, 24, true, false, 1);
    add(styles, NOTE, "Redline note", NORMAL, 18, false, true, -1);
    add(styles, FOOTNOTE, "Redline footnote", NORMAL, 18, false, false, -1);
  }

  private static void add(
      XWPFStyles styles, String id, String name, String basedOn, int halfPoints, boolean bold, boolean italic, int outline) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
    } else {
      style.setDefault(true);
    }
    style.addNewNext().setVal(NORMAL);
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewSpacing().setAfter(BigInteger.valueOf(outline >= 0 ? 120 : 100));
    if (outline >= 0) {
      paragraph.addNewKeepNext();
      paragraph.addNewSpacing();
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
    }
    CTRPr run = style.addNewRPr();
    if (bold) {
      run.addNewB();
    }
    if (italic) {
      run.addNewI();
    }
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    styles.addStyle(new XWPFStyle(style, styles));
  }
}

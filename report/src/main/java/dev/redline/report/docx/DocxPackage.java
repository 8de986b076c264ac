package dev.redline.report.docx;

import static dev.redline.report.internal.Xml.escape;

import dev.redline.model.Format;
import dev.redline.model.SourceLook;
import dev.redline.report.docx.Blocks.Block;
import dev.redline.report.docx.Blocks.Cell;
import dev.redline.report.docx.Blocks.Change;
import dev.redline.report.docx.Blocks.DraftRow;
import dev.redline.report.docx.Blocks.DraftTable;
import dev.redline.report.docx.Blocks.Para;
import dev.redline.report.docx.Blocks.Run;
import dev.redline.report.docx.Blocks.Table;
import dev.redline.report.internal.StableZip;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes laid-out blocks as a Word package ({@code .docx}), every part written here so that the
 * same blocks, author and date always give the same bytes: change, range and comment ids count
 * up in reading order, and every ZIP entry carries the redline's date.
 *
 * <p>With tracked changes, insertions are {@code w:ins}, deletions {@code w:del} with {@code
 * w:delText}, moves {@code w:moveFrom} and {@code w:moveTo} between {@code moveFromRangeStart}/
 * {@code moveFromRangeEnd} and {@code moveToRangeStart}/{@code moveToRangeEnd} that share a name,
 * and whole paragraphs carry their mark's change. Footnote references point to footnotes in {@code
 * word/footnotes.xml}, numbered by Word, whose text carries its own tracked changes. Printable, the
 * same runs are coloured, underlined and struck through instead, and nothing is tracked.
 *
 * <p>LibreOffice accepts or rejects neighbouring changes of the same author and type whose dates
 * lie within a minute as one range, even across a paragraph mark that is not tracked: a heading
 * that ends with inserted words, followed by an inserted paragraph, then loses its own paragraph
 * mark when all changes are rejected. Word keeps them apart, as the format says. So where a
 * paragraph with an untracked mark ends with a change of the same type as the one that opens the
 * next paragraph, the next paragraph's changes are dated 61 seconds later; everywhere else every
 * change carries the configured date.
 */
final class DocxPackage {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final int INDENT_TWIPS = 567;
  private static final int SEPARATION_SECONDS = 61;
  private static final String INSERTED_COLOUR = "1F4E9A";
  private static final String DELETED_COLOUR = "C00000";
  private static final String MOVED_COLOUR = "2E7D32";

  private final String author;
  private final boolean printable;
  private final String title;
  private final DraftLook look;
  private final String baseDate;
  private final String separatedDate;
  private final StringBuilder doc = new StringBuilder(1 << 20);
  private final List<String> comments = new ArrayList<>();
  private final List<String> footnotes = new ArrayList<>();
  private String changeDate;
  private Boolean openAtEnd; // true: an insertion-like change ends the last paragraph; false: deletion-like; null: neither
  private long nextId = 1;
  private int commentBase;

  private DocxPackage(String author, ZonedDateTime date, boolean printable, String title, DraftLook look) {
    this.look = look;
    this.author = author;
    this.printable = printable;
    this.title = title;
    this.baseDate = iso(date);
    this.separatedDate = iso(date.plusSeconds(SEPARATION_SECONDS));
    this.changeDate = baseDate;
  }

  /** Writes the blocks as a package with the given look to the stream, which is left open. */
  static void write(List<Block> blocks, String author, ZonedDateTime date, boolean printable, String title, DraftLook look, OutputStream out)
      throws IOException {
    DocxPackage p = new DocxPackage(author, date, printable, title, look);
    p.document(blocks);
    p.zip().write(out, date.toLocalDateTime());
  }

  private static String iso(ZonedDateTime date) {
    return date.withZoneSameInstant(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_INSTANT);
  }

  private StableZip zip() {
    boolean hasComments = !comments.isEmpty();
    boolean hasFootnotes = !footnotes.isEmpty();
    StableZip zip = new StableZip();
    zip.add("[Content_Types].xml", HEAD
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        + (hasComments ? "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>" : "")
        + (hasFootnotes ? "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>" : "")
        + (look.numbering().isPresent() ? "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" : "")
        + (look.header().isPresent() ? "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>" : "")
        + (look.footer().isPresent() ? "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>" : "")
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        + "</Types>");
    zip.add("_rels/.rels", HEAD
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>");
    zip.add("docProps/core.xml", HEAD
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<dc:title>" + escape(title) + "</dc:title>"
        + "<dc:creator>" + escape(author) + "</dc:creator>"
        + "<cp:lastModifiedBy>" + escape(author) + "</cp:lastModifiedBy>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + baseDate + "</dcterms:created>"
        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + baseDate + "</dcterms:modified>"
        + "</cp:coreProperties>");
    zip.add("docProps/app.xml", HEAD
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Redline</Application></Properties>");
    zip.add("word/document.xml", doc.toString());
    zip.add("word/styles.xml", look.styles());
    look.numbering().ifPresent(n -> zip.add("word/numbering.xml", n));
    look.header().ifPresent(h -> zip.add("word/header1.xml", h));
    look.footer().ifPresent(f -> zip.add("word/footer1.xml", f));
    zip.add("word/settings.xml", HEAD
        + "<w:settings xmlns:w=\"" + W + "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + (hasFootnotes ? "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>" : "")
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>");
    if (hasComments) {
      StringBuilder c = new StringBuilder(HEAD).append("<w:comments xmlns:w=\"").append(W).append("\">");
      for (int i = 0; i < comments.size(); i++) {
        c.append("<w:comment w:id=\"").append(commentBase + i).append("\" w:author=\"").append(escape(author))
            .append("\" w:date=\"").append(baseDate).append("\" w:initials=\"").append(escape(initials(author))).append("\">")
            .append("<w:p><w:pPr><w:pStyle w:val=\"").append(look.styleId(RedlineStyles.COMMENT_TEXT)).append("\"/></w:pPr>")
            .append("<w:r><w:rPr><w:rStyle w:val=\"").append(look.styleId(RedlineStyles.COMMENT_REFERENCE)).append("\"/></w:rPr><w:annotationRef/></w:r>")
            .append("<w:r>").append(text("w:t", comments.get(i))).append("</w:r></w:p></w:comment>");
      }
      zip.add("word/comments.xml", c.append("</w:comments>").toString());
    }
    if (hasFootnotes) {
      StringBuilder f = new StringBuilder(HEAD).append("<w:footnotes xmlns:w=\"").append(W).append("\">")
          .append("<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>")
          .append("<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
      footnotes.forEach(f::append);
      zip.add("word/footnotes.xml", f.append("</w:footnotes>").toString());
    }
    StringBuilder rels = new StringBuilder(HEAD)
        .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        .append("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
        .append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>");
    if (hasFootnotes) {
      rels.append("<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>");
    }
    if (hasComments) {
      rels.append("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>");
    }
    look.numbering().ifPresent(n -> rels.append(
        "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"));
    look.header().ifPresent(h -> rels.append(
        "<Relationship Id=\"rId6\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"));
    look.footer().ifPresent(f -> rels.append(
        "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"));
    zip.add("word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
    return zip;
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
        b.appendCodePoint(word.codePointAt(0));
      }
    }
    return b.length() == 0 ? "R" : b.toString();
  }

  // ---- document.xml ----

  private void document(List<Block> blocks) {
    // Comment ids start after the last footnote id: LibreOffice (7.4) gives a footnote the content of
    // another when a comment shares its id, though the two are numbered apart in the format.
    commentBase = 1 + (int) blocks.stream()
        .filter(Para.class::isInstance)
        .flatMap(b -> ((Para) b).runs.stream())
        .filter(Run::isFootnote)
        .count();
    doc.append(HEAD).append("<w:document xmlns:w=\"").append(W).append("\" xmlns:r=\"").append(R).append("\"><w:body>");
    for (Block block : blocks) {
      if (block instanceof Para p) {
        paragraph(p);
      } else if (block instanceof DraftTable t) {
        draftTable(t);
      } else {
        table((Table) block);
      }
    }
    SourceLook.Page page = look.page();
    doc.append("<w:sectPr>");
    look.header().ifPresent(h -> doc.append("<w:headerReference w:type=\"default\" r:id=\"rId6\"/>"));
    look.footer().ifPresent(f -> doc.append("<w:footerReference w:type=\"default\" r:id=\"rId7\"/>"));
    doc.append("<w:pgSz w:w=\"").append(page.width()).append("\" w:h=\"").append(page.height()).append('"')
        .append(page.landscape() ? " w:orient=\"landscape\"" : "").append("/>")
        .append("<w:pgMar w:top=\"").append(page.top()).append("\" w:right=\"").append(page.right())
        .append("\" w:bottom=\"").append(page.bottom()).append("\" w:left=\"").append(page.left())
        .append("\" w:header=\"").append(page.header()).append("\" w:footer=\"").append(page.footer())
        .append("\" w:gutter=\"").append(page.gutter()).append("\"/>")
        .append("</w:sectPr></w:body></w:document>");
  }

  /**
   * Opens a table as wide as the text, its columns as wide as their share of the relative widths,
   * with single borders of this colour; the properties of a note table (a cell margin and a header
   * row) or of the draft's.
   *
   * @return the columns' widths in twips
   */
  private List<Integer> openTable(List<Integer> relative, String borders, boolean note) {
    openAtEnd = null;
    int total = relative.stream().mapToInt(Integer::intValue).sum();
    int textWidth = look.page().textWidth();
    List<Integer> widths = relative.stream().map(w -> textWidth * w / total).toList();
    doc.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
    for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
      doc.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"").append(borders).append("\"/>");
    }
    doc.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
        .append(note ? "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>" : "")
        .append(note
            ? "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
            : "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
        .append("</w:tblPr><w:tblGrid>");
    widths.forEach(w -> doc.append("<w:gridCol w:w=\"").append(w).append("\"/>"));
    doc.append("</w:tblGrid>");
    return widths;
  }

  private void table(Table table) {
    List<Integer> widths = openTable(table.widths(), "A6A6A6", true);
    for (int r = 0; r < table.rows().size(); r++) {
      boolean header = r == 0;
      doc.append("<w:tr>").append(header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>");
      List<Cell> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Cell cell = row.get(c);
        String fill = header ? "E7E6E6" : cell.fill();
        doc.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths.get(c)).append("\" w:type=\"dxa\"/>");
        if (!fill.isEmpty()) {
          doc.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
        }
        doc.append("</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"").append(RedlineStyles.TABLE_TEXT).append("\"/></w:pPr>");
        if (!cell.text().isEmpty()) {
          doc.append("<w:r>").append(header ? "<w:rPr><w:b/></w:rPr>" : "").append(text("w:t", cell.text())).append("</w:r>");
        }
        doc.append("</w:p></w:tc>");
      }
      doc.append("</w:tr>");
    }
    doc.append("</w:tbl>");
  }

  /**
   * A table of the draft: a row in one draft only carries its change in {@code w:trPr} (its cells'
   * runs are tracked too), so that accepting or rejecting every change removes it whole.
   */
  private void draftTable(DraftTable table) {
    List<Integer> widths = openTable(table.widths(), "000000", false);
    for (DraftRow row : table.rows()) {
      doc.append("<w:tr>");
      if (!printable && row.change() != Change.KEPT) {
        doc.append("<w:trPr>").append(changeElement(row.change(), true)).append("</w:trPr>");
      }
      for (int c = 0; c < row.cells().size(); c++) {
        boolean last = c == row.cells().size() - 1;
        int span = last ? widths.size() - c : 1;
        int width = widths.subList(c, c + span).stream().mapToInt(Integer::intValue).sum();
        doc.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (span > 1) {
          doc.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        doc.append("</w:tcPr>");
        paragraph(row.cells().get(c));
        doc.append("</w:tc>");
      }
      doc.append("</w:tr>");
    }
    doc.append("</w:tbl>");
    openAtEnd = null;
  }

  private void paragraph(Para p) {
    boolean tracked = !printable;
    Change mark = tracked ? p.mark : Change.KEPT;
    pickDate(p, mark);
    // The move range holds the whole paragraph, its mark included, so it opens before the paragraph and closes after it.
    long rangeId = 0;
    String range = p.moveName != null && tracked ? (mark == Change.MOVED_FROM ? "moveFromRange" : "moveToRange") : null;
    if (range != null) {
      rangeId = nextId++;
      doc.append("<w:").append(range).append("Start w:id=\"").append(rangeId).append("\" w:author=\"").append(escape(author))
          .append("\" w:date=\"").append(changeDate).append("\" w:name=\"").append(escape(p.moveName)).append("\"/>");
    }
    doc.append("<w:p><w:pPr><w:pStyle w:val=\"").append(look.styleId(p.style)).append("\"/>");
    if (p.pageBreakBefore) {
      doc.append("<w:pageBreakBefore/>");
    }
    if (p.list != null) {
      doc.append("<w:numPr><w:ilvl w:val=\"").append(p.list.level()).append("\"/><w:numId w:val=\"").append(escape(p.list.numId())).append("\"/></w:numPr>");
    } else if (p.depth > 0) {
      doc.append("<w:ind w:left=\"").append(p.depth * INDENT_TWIPS).append("\"/>");
    }
    if (mark != Change.KEPT) {
      doc.append("<w:rPr>").append(changeElement(mark, true)).append("</w:rPr>");
    }
    doc.append("</w:pPr>");
    // A paragraph that accepting removes gets comments at a point, at its end: LibreOffice, accepting
    // the removal of a paragraph that holds a comment's range, gives the next paragraph this one's style.
    boolean ranged = !mark.removesText();
    int firstComment = commentBase + comments.size();
    for (int i = 0; ranged && i < p.comments.size(); i++) {
      doc.append("<w:commentRangeStart w:id=\"").append(firstComment + i).append("\"/>");
    }
    for (Run run : p.runs) {
      run(run);
    }
    for (int i = 0; i < p.comments.size(); i++) {
      int id = firstComment + i;
      comments.add(p.comments.get(i));
      if (ranged) {
        doc.append("<w:commentRangeEnd w:id=\"").append(id).append("\"/>");
      }
      String reference = "<w:r><w:rPr><w:rStyle w:val=\"" + look.styleId(RedlineStyles.COMMENT_REFERENCE) + "\"/></w:rPr><w:commentReference w:id=\"" + id + "\"/></w:r>";
      if (mark == Change.KEPT) {
        doc.append(reference);
      } else {
        String element = mark.insertsText() ? (mark == Change.MOVED_TO ? "moveTo" : "ins") : (mark == Change.MOVED_FROM ? "moveFrom" : "del");
        doc.append(changeElement(mark, false)).append(reference).append("</w:").append(element).append(">");
      }
    }
    doc.append("</w:p>");
    if (range != null) {
      doc.append("<w:").append(range).append("End w:id=\"").append(rangeId).append("\"/>");
    }
  }

  /** Chooses the date of the paragraph's changes (see the class comment) and remembers how it ends. */
  private void pickDate(Para p, Change mark) {
    if (printable) {
      return;
    }
    Boolean opening = mark != Change.KEPT ? (Boolean) mark.insertsText() : p.runs.isEmpty() ? null : kind(p.runs.get(0).change());
    if (opening != null && opening.equals(openAtEnd)) {
      changeDate = changeDate.equals(baseDate) ? separatedDate : baseDate;
    } else {
      changeDate = baseDate;
    }
    openAtEnd = mark != Change.KEPT || p.runs.isEmpty() ? null : kind(p.runs.get(p.runs.size() - 1).change());
  }

  /** True for a change that inserts text, false for one that removes it, null for kept text. */
  private static Boolean kind(Change change) {
    return change == Change.KEPT ? null : (Boolean) change.insertsText();
  }

  /** The opening tag of a change: {@code <w:ins .../>} when empty (a paragraph mark), else {@code <w:ins ...>}. */
  private String changeElement(Change change, boolean empty) {
    String name = switch (change) {
      case INSERTED -> "ins";
      case DELETED -> "del";
      case MOVED_FROM -> "moveFrom";
      case MOVED_TO -> "moveTo";
      case KEPT -> throw new IllegalArgumentException("kept text is not a change");
    };
    return "<w:" + name + " w:id=\"" + nextId++ + "\" w:author=\"" + escape(author) + "\" w:date=\"" + changeDate + "\"" + (empty ? "/>" : ">");
  }

  private void run(Run run) {
    run(doc, run);
  }

  /** Writes a run, or a footnote reference (and its footnote), to the part being built. */
  private void run(StringBuilder out, Run run) {
    Change change = run.change();
    boolean tracked = !printable && change != Change.KEPT;
    if (tracked) {
      out.append(changeElement(change, false));
    }
    if (run.isFootnote()) {
      int id = footnotes.size() + 1;
      out.append("<w:r><w:rPr><w:rStyle w:val=\"").append(look.styleId(RedlineStyles.FOOTNOTE_REFERENCE)).append("\"/>")
          .append(printable ? format(change) : "").append("</w:rPr><w:footnoteReference w:id=\"").append(id).append("\"/></w:r>");
      footnotes.add(footnote(id, change, run.note().orElseThrow()));
    } else {
      for (Piece piece : pieces(run)) {
        out.append("<w:r>");
        String props = properties(run.format(), printable ? change : Change.KEPT, piece.marker());
        String formerly = printable ? "" : run.formerly().map(this::formatChange).orElse("");
        if (!props.isEmpty() || !formerly.isEmpty()) {
          out.append("<w:rPr>").append(props).append(formerly).append("</w:rPr>");
        }
        out.append(text(tracked && change == Change.DELETED ? "w:delText" : "w:t", piece.text()));
        out.append("</w:r>");
      }
    }
    if (tracked) {
      out.append("</w:").append(switch (change) {
        case INSERTED -> "ins";
        case DELETED -> "del";
        case MOVED_FROM -> "moveFrom";
        default -> "moveTo";
      }).append(">");
    }
  }

  /**
   * A footnote: Word's number, then its content. The content of a footnote whose reference was
   * deleted or inserted is deleted or inserted with it; a move's ends are plain deletions and
   * insertions here, since a move range cannot span the footnote and the text that cites it.
   */
  private String footnote(int id, Change reference, List<Run> content) {
    StringBuilder f = new StringBuilder();
    f.append("<w:footnote w:id=\"").append(id).append("\"><w:p><w:pPr><w:pStyle w:val=\"").append(look.styleId(RedlineStyles.FOOTNOTE_TEXT))
        .append("\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"").append(look.styleId(RedlineStyles.FOOTNOTE_REFERENCE)).append("\"/></w:rPr><w:footnoteRef/></w:r>");
    for (Run r : content) {
      Change change = reference.removesText() ? Change.DELETED : reference.insertsText() ? Change.INSERTED : r.change();
      if (change == Change.MOVED_FROM) {
        change = Change.DELETED;
      } else if (change == Change.MOVED_TO) {
        change = Change.INSERTED;
      }
      run(f, new Run(change, r.text()));
    }
    return f.append("</w:p></w:footnote>").toString();
  }

  /**
   * A run's properties: the draft's format, with the formatting that shows a change in the
   * printable redline (which wins where both set underline), and a footnote marker's superscript;
   * in the order the schema wants them. Nothing for plain kept text.
   */
  private static String properties(Format format, Change change, boolean marker) {
    StringBuilder p = new StringBuilder();
    if (format.has(Format.Property.BOLD)) {
      p.append("<w:b/>");
    }
    if (format.has(Format.Property.ITALIC)) {
      p.append("<w:i/>");
    }
    if (format.has(Format.Property.SMALL_CAPS)) {
      p.append("<w:smallCaps/>");
    }
    if (format.has(Format.Property.STRIKE) || change == Change.DELETED) {
      p.append("<w:strike/>");
    }
    switch (change) {
      case INSERTED, MOVED_TO -> p.append("<w:color w:val=\"").append(change == Change.INSERTED ? INSERTED_COLOUR : MOVED_COLOUR).append("\"/>")
          .append(change == Change.INSERTED ? "<w:u w:val=\"single\"/>" : "<w:u w:val=\"double\"/>");
      case DELETED -> p.append("<w:color w:val=\"").append(DELETED_COLOUR).append("\"/>");
      case MOVED_FROM -> p.append("<w:dstrike/><w:color w:val=\"").append(MOVED_COLOUR).append("\"/>");
      case KEPT -> { }
    }
    if (format.has(Format.Property.UNDERLINE) && !change.insertsText()) {
      p.append("<w:u w:val=\"single\"/>");
    }
    if (marker || format.has(Format.Property.SUPERSCRIPT)) {
      p.append("<w:vertAlign w:val=\"superscript\"/>");
    } else if (format.has(Format.Property.SUBSCRIPT)) {
      p.append("<w:vertAlign w:val=\"subscript\"/>");
    }
    return p.toString();
  }

  /** A tracked change of format: the old draft's properties, which rejecting the change restores. */
  private String formatChange(Format old) {
    return "<w:rPrChange w:id=\"" + nextId++ + "\" w:author=\"" + escape(author) + "\" w:date=\"" + changeDate + "\"><w:rPr>"
        + properties(old, Change.KEPT, false) + "</w:rPr></w:rPrChange>";
  }

  /** The run formatting that shows a change in the printable redline; order as the schema wants it. */
  private static String format(Change change) {
    return switch (change) {
      case KEPT -> "";
      case INSERTED -> "<w:color w:val=\"" + INSERTED_COLOUR + "\"/><w:u w:val=\"single\"/>";
      case DELETED -> "<w:strike/><w:color w:val=\"" + DELETED_COLOUR + "\"/>";
      case MOVED_FROM -> "<w:dstrike/><w:color w:val=\"" + MOVED_COLOUR + "\"/>";
      case MOVED_TO -> "<w:color w:val=\"" + MOVED_COLOUR + "\"/><w:u w:val=\"double\"/>";
    };
  }

  private static String text(String element, String text) {
    return "<" + element + " xml:space=\"preserve\">" + escape(text) + "</" + element + ">";
  }

  /** A stretch of a run's text: plain, or a footnote marker shown as a superscript number. */
  private record Piece(String text, boolean marker) {}

  /** A run as pieces: its text, or a draft's footnote reference that is not a Word footnote as its marker. */
  private static List<Piece> pieces(Run run) {
    if (run.ref().isPresent()) {
      return List.of(new Piece(run.ref().get().marker(), true));
    }
    return run.text().isEmpty() ? List.of() : List.of(new Piece(run.text(), false));
  }
}

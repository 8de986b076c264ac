package dev.redline.read;

import static dev.redline.read.WordXml.attribute;
import static dev.redline.read.WordXml.child;
import static dev.redline.read.WordXml.childInt;
import static dev.redline.read.WordXml.childValue;
import static dev.redline.read.WordXml.children;
import static dev.redline.read.WordXml.is;

import java.util.ArrayDeque;
import dev.redline.model.Format;
import dev.redline.model.Inline;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The text of a Word document's body as a reader sees it, as {@link SourceLine}s for the {@link
 * StructureRecognizer}: one line per paragraph (and per manual line break), a blank line after
 * each, {@code line} the 1-based paragraph number and {@code page} 0.
 *
 * <p>What a reader sees: automatic numbering labels in front of the text; tracked changes as if all
 * were accepted (inserted and moved-to text kept, deleted and moved-from text dropped, paragraphs
 * whose mark was deleted joined to the next, deleted table rows dropped); fields by their shown
 * result, not their code, except a table of contents, which is left out; footnote and endnote
 * references as markers {@code [^1]} and {@code [^e1]}, numbered in order of citation, each note's
 * text as a block {@code [^1]: text} after the citing paragraph (after the table, for a cell), and
 * the document's own characters {@code [^} escaped ({@link NoteMarkers}), so that they stay text; a
 * table of the body as one line that holds its rows and cells ({@link SourceLine#table()}), a table
 * nested in a cell as part of the cell's text. Hidden text, drawings, text boxes and comments are not read; headers and footers
 * only for the document symbol and date ({@link #runningHeader()}).
 * One instance reads one document once; not thread-safe.
 */
final class WordText {
  private static final Set<String> TRACKED =
      Set.of(
          "ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange",
          "tblPrExChange", "tblGridChange", "trPrChange", "tcPrChange", "numberingChange", "cellIns", "cellDel",
          "cellMerge");

  /** How many of the body's first lines are looked through for the symbol and date of the running header. */
  private static final int HEADER_LOOKAHEAD = 8;

  private final WordPackage parts;
  private final WordNumbering numbering;
  private final WordNumbering.Counters counters;
  private final Map<String, Element> footnotes;
  private final Map<String, Element> endnotes;
  private final List<SourceLine> lines = new ArrayList<>();
  private final Map<Integer, dev.redline.model.SourceLook.ListPlace> listPlaces = new HashMap<>();
  private final Consumer<Paragraph> bodySink = this::emit;
  /** The table of the body being read, or null outside one. */
  private TableReading table;
  private Deque<Field> fields = new ArrayDeque<>();
  private boolean inNote;
  private int paragraphs;
  private final FormatStream formats = new FormatStream();
  private final Map<String, Format> characterStyles;
  private Format format = Format.PLAIN;
  private int footnotesCited;
  private int endnotesCited;

  WordText(WordPackage parts) {
    this.parts = parts;
    this.numbering = WordNumbering.of(parts.numbering(), parts.styles());
    this.counters = numbering.counters();
    this.footnotes = notes(parts.footnotes(), "footnote");
    this.endnotes = notes(parts.endnotes(), "endnote");
    this.characterStyles = characterStyles(parts.styles());
  }

  /** The formats of the body's runs, in reading order; filled by {@link #lines()}. */
  FormatStream formats() {
    return formats;
  }

  /** The format each character style gives, by style id; a style based on another starts from it. */
  private static Map<String, Format> characterStyles(Document styles) {
    Map<String, Element> byId = new HashMap<>();
    if (styles != null) {
      for (Element style : children(styles.getDocumentElement())) {
        if (is(style, "style") && "character".equals(attribute(style, "type"))) {
          byId.put(attribute(style, "styleId"), style);
        }
      }
    }
    Map<String, Format> out = new HashMap<>();
    for (String id : byId.keySet()) {
      out.put(id, characterStyle(id, byId, 0));
    }
    return out;
  }

  private static Format characterStyle(String id, Map<String, Element> byId, int depth) {
    Element style = byId.get(id);
    if (style == null || depth > 8) {
      return Format.PLAIN;
    }
    String basedOn = childValue(style, "basedOn");
    Format base = basedOn == null ? Format.PLAIN : characterStyle(basedOn, byId, depth + 1);
    String name = child(style, "name").map(n -> attribute(n, "val")).orElse(id);
    return child(style, "rPr").map(r -> runFormat(r, base)).orElse(base).withStyle(name);
  }

  /** The format that run properties give on top of a base: toggles on or off, underline, vertical alignment. */
  private static Format runFormat(Element rPr, Format base) {
    Format f = base;
    f = toggle(rPr, "b", Format.Property.BOLD, f);
    f = toggle(rPr, "i", Format.Property.ITALIC, f);
    f = toggle(rPr, "strike", Format.Property.STRIKE, f);
    f = toggle(rPr, "dstrike", Format.Property.STRIKE, f);
    f = toggle(rPr, "smallCaps", Format.Property.SMALL_CAPS, f);
    Optional<Element> u = child(rPr, "u");
    if (u.isPresent()) {
      String val = attribute(u.get(), "val");
      f = f.with(Format.Property.UNDERLINE, val == null || !val.equals("none"));
    }
    String vertAlign = childValue(rPr, "vertAlign");
    if (vertAlign != null) {
      f = f.with(Format.Property.SUPERSCRIPT, vertAlign.equals("superscript"));
      f = f.with(Format.Property.SUBSCRIPT, vertAlign.equals("subscript"));
    }
    return f;
  }

  private static Format toggle(Element rPr, String name, Format.Property property, Format f) {
    return child(rPr, name).isPresent() ? f.with(property, WordXml.isOn(rPr, name)) : f;
  }

  /** The body's lines, in reading order. */
  List<SourceLine> lines() {
    Optional<Element> body = child(parts.document().getDocumentElement(), "body");
    body.ifPresent(b -> blocks(b, bodySink));
    return List.copyOf(lines);
  }

  /**
   * The list place of each body paragraph that Word numbers with a label, by paragraph number (as
   * {@link SourceLine#line()}); filled by {@link #lines()}.
   */
  Map<Integer, dev.redline.model.SourceLook.ListPlace> listPlaces() {
    return Map.copyOf(listPlaces);
  }

  /**
   * The document symbol and the date that the page headers and footers show, each as a line of
   * its own (zero to two lines), for a body that does not start with them: the structure
   * recognizer reads them as the draft's symbol and date, never as text.
   */
  List<SourceLine> runningHeader() {
    String symbol = "";
    String date = "";
    for (Document part : parts.furniture()) {
      List<String> texts = new ArrayList<>();
      Deque<Field> outer = fields;
      fields = new ArrayDeque<>();
      try {
        blocks(part.getDocumentElement(), p -> texts.add(String.join(" ", p.texts())));
      } finally {
        fields = outer;
      }
      for (String text : texts) {
        String found = StructureRecognizer.symbolIn(clean(text));
        symbol = symbol.isEmpty() ? found : symbol;
        java.util.regex.Matcher d = StructureRecognizer.DATE.matcher(text);
        date = date.isEmpty() && d.find() ? d.group() : date;
      }
    }
    List<SourceLine> header = new ArrayList<>();
    List<SourceLine> body = lines.isEmpty() ? lines() : lines;
    for (String text : new String[] {symbol, date}) {
      if (!text.isEmpty() && body.stream().limit(HEADER_LOOKAHEAD).noneMatch(l -> l.text().contains(text))) {
        header.add(new SourceLine(text, 0, 0));
        header.add(new SourceLine("", 0, 0));
      }
    }
    return header;
  }

  /** How many tracked changes the body and the notes hold: insertions, deletions, moves, format changes. */
  int trackedChanges() {
    int count = 0;
    for (Document d : new Document[] {parts.document(), parts.footnotes(), parts.endnotes()}) {
      if (d == null) {
        continue;
      }
      // one walk of the part, not one per element name and namespace
      NodeList all = d.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        Node n = all.item(i);
        if ((WordXml.W.equals(n.getNamespaceURI()) || WordXml.W_STRICT.equals(n.getNamespaceURI())) && TRACKED.contains(n.getLocalName())) {
          count++;
        }
      }
    }
    return count;
  }

  private static Map<String, Element> notes(Document part, String name) {
    Map<String, Element> notes = new HashMap<>();
    if (part == null) {
      return notes;
    }
    for (Element note : children(part.getDocumentElement())) {
      if (is(note, name)) {
        notes.put(attribute(note, "id"), note);
      }
    }
    return notes;
  }

  private void emit(Paragraph p) {
    paragraphs++;
    String label = p.numbering.map(counters::next).orElse("");
    if (!label.isBlank()) {
      WordNumbering.Ref ref = p.numbering.orElseThrow();
      listPlaces.put(paragraphs, new dev.redline.model.SourceLook.ListPlace(ref.numId(), ref.level(), clean(label)));
    }
    formats.add(label, Format.PLAIN);
    p.runs.forEach(run -> formats.add(run.text(), run.format()));
    List<String> texts = p.texts();
    List<SourceLine> own = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = i == 0 ? label + texts.get(i) : texts.get(i);
      own.add(new SourceLine(clean(NoteMarkers.encode(text)), paragraphs, 0));
    }
    List<SourceLine> notes = new ArrayList<>();
    for (String note : p.notes) {
      notes.add(new SourceLine(clean(note), paragraphs, 0));
      notes.add(new SourceLine("", paragraphs, 0));
    }
    if (table != null) {
      table.add(own, paragraphs, notes);
      return;
    }
    lines.addAll(WrappedHeadings.join(own)); // a heading broken by a manual line break keeps its continuation
    lines.add(new SourceLine("", paragraphs, 0));
    lines.addAll(notes);
  }

  private static String clean(String text) {
    return text.replace('\u00A0', ' ').replace('\t', ' ').strip();
  }

  // ---- block level: paragraphs, tables, content controls

  /** Reads a container's paragraphs in order, joining those whose mark was deleted to the next. */
  private void blocks(Element container, Consumer<Paragraph> sink) {
    List<Element> items = new ArrayList<>();
    flatten(container, items);
    Paragraph pending = null;
    for (Element e : items) {
      if (is(e, "tbl")) {
        if (pending != null) {
          sink.accept(pending);
          pending = null;
        }
        table(e, sink);
        continue;
      }
      Paragraph p = paragraph(e);
      if (pending != null) {
        p = pending.joinedWith(p);
      }
      if (p.markDeleted) {
        pending = p;
      } else {
        sink.accept(p);
        pending = null;
      }
    }
    if (pending != null) {
      sink.accept(pending);
    }
  }

  /** Collects paragraphs and tables, looking through content controls and kept insertions. */
  private static void flatten(Element container, List<Element> out) {
    for (Element e : children(container)) {
      if (is(e, "p") || is(e, "tbl")) {
        out.add(e);
      } else if (is(e, "sdt")) {
        child(e, "sdtContent").ifPresent(c -> flatten(c, out));
      } else if (is(e, "customXml") || is(e, "ins") || is(e, "moveTo")) {
        flatten(e, out);
      }
    }
  }

  private void table(Element table, Consumer<Paragraph> sink) {
    boolean kept = this.table == null && sink == bodySink; // a table of the body, not nested in another, is kept as a table
    if (kept) {
      this.table = new TableReading();
    }
    try {
      for (Element row : flattened(table, "tr")) {
        boolean deleted = child(row, "trPr").map(p -> child(p, "del").isPresent()).orElse(false);
        if (deleted) {
          continue;
        }
        if (kept) {
          this.table.row();
        }
        for (Element cell : flattened(row, "tc")) {
          boolean cellDeleted = child(cell, "tcPr").map(p -> child(p, "cellDel").isPresent()).orElse(false);
          if (!cellDeleted) {
            if (kept) {
              this.table.cell();
            }
            blocks(cell, sink);
          }
        }
      }
    } finally {
      if (kept) {
        TableReading read = this.table;
        this.table = null;
        read.result().ifPresent(lines::add);
        lines.addAll(read.notes);
      }
    }
  }

  /**
   * A table of the body while it is read: its rows and cells as the paragraphs of its cells arrive,
   * and the same paragraphs as lines.
   */
  private static final class TableReading {
    private final List<List<List<String>>> rows = new ArrayList<>();
    private final List<Integer> rowLines = new ArrayList<>();
    private final List<SourceLine> asLines = new ArrayList<>();
    private final List<SourceLine> notes = new ArrayList<>();

    void row() {
      rows.add(new ArrayList<>());
      rowLines.add(-1);
    }

    void cell() {
      rows.get(rows.size() - 1).add(new ArrayList<>());
    }

    void add(List<SourceLine> paragraph, int number, List<SourceLine> cited) {
      List<List<String>> row = rows.get(rows.size() - 1);
      paragraph.forEach(l -> row.get(row.size() - 1).add(l.text()));
      if (rowLines.get(rowLines.size() - 1) < 0) {
        rowLines.set(rowLines.size() - 1, number);
      }
      asLines.addAll(paragraph);
      asLines.add(new SourceLine("", number, 0));
      notes.addAll(cited);
    }

    /** The table's line; empty where it holds no text, as a table of empty cells. */
    Optional<SourceLine> result() {
      List<List<String>> cells = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (!rows.get(r).isEmpty() && rowLines.get(r) >= 0) {
          cells.add(rows.get(r).stream().map(c -> String.join(" ", c).replaceAll("\\s+", " ").strip()).toList());
          lines.add(rowLines.get(r));
        }
      }
      String text = cells.stream().flatMap(List::stream).filter(t -> !t.isEmpty()).collect(java.util.stream.Collectors.joining(" ")); // linear: a table may have 100,000 cells
      if (text.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new SourceLine(text, lines.get(0), 0, Optional.of(new SourceLine.Table(cells, lines, asLines))));
    }
  }

  /** The children with this name, looking through content controls and custom XML. */
  private static List<Element> flattened(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Element e : children(parent)) {
      if (is(e, name)) {
        out.add(e);
      } else if (is(e, "sdt")) {
        child(e, "sdtContent").ifPresent(c -> out.addAll(flattened(c, name)));
      } else if (is(e, "customXml")) {
        out.addAll(flattened(e, name));
      }
    }
    return out;
  }

  private Paragraph paragraph(Element p) {
    Paragraph para = new Paragraph();
    Optional<Element> pPr = child(p, "pPr");
    String style = pPr.map(x -> childValue(x, "pStyle")).orElse(null);
    Optional<Element> numPr = pPr.flatMap(x -> child(x, "numPr"));
    para.numbering =
        numbering.resolve(
            style, numPr.map(n -> childValue(n, "numId")).orElse(null), numPr.map(n -> childInt(n, "ilvl")).orElse(null));
    para.markDeleted =
        pPr.flatMap(x -> child(x, "rPr")).map(r -> child(r, "del").isPresent() || child(r, "moveFrom").isPresent()).orElse(false);
    inline(p, para);
    return para;
  }

  // ---- run level: runs, insertions and deletions, fields, notes

  private void inline(Element parent, Paragraph para) {
    for (Element e : children(parent)) {
      switch (e.getLocalName()) {
        case "r" -> run(e, para);
        case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "dir", "bdo" -> inline(e, para);
        case "sdt" -> child(e, "sdtContent").ifPresent(c -> inline(c, para));
        case "fldSimple" -> {
          Field field = new Field(Optional.ofNullable(attribute(e, "instr")).orElse(""));
          field.inResult = true;
          fields.push(field);
          inline(e, para);
          fields.remove(field);
        }
        default -> {
          // del, moveFrom: deleted when all changes are accepted; pPr, bookmarks, comments: no text
        }
      }
    }
  }

  private void run(Element r, Paragraph para) {
    Optional<Element> rPr = child(r, "rPr");
    boolean hidden = rPr.map(p -> WordXml.isOn(p, "vanish")).orElse(false);
    Format base = rPr.map(p -> childValue(p, "rStyle")).map(id -> characterStyles.getOrDefault(id, Format.PLAIN)).orElse(Format.PLAIN);
    format = rPr.map(p -> runFormat(p, base)).orElse(base);
    for (Element c : children(r)) {
      String name = c.getLocalName();
      switch (name) {
        case "fldChar" -> fieldChar(attribute(c, "fldCharType"));
        case "instrText" -> {
          if (!fields.isEmpty()) {
            fields.peek().code.append(c.getTextContent());
          }
        }
        default -> {
          if (!hidden && visible()) {
            content(c, name, para);
          }
        }
      }
    }
  }

  private void content(Element c, String name, Paragraph para) {
    switch (name) {
      case "t" -> para.append(NoteMarkers.source(c.getTextContent()), format);
      case "tab", "ptab" -> para.append(" ");
      case "noBreakHyphen" -> para.append("-");
      case "br" -> {
        String type = attribute(c, "type");
        if ("page".equals(type) || "column".equals(type)) {
          para.append(" ");
        } else {
          para.newLine();
        }
      }
      case "cr" -> para.newLine();
      case "footnoteReference" -> note(c, para, false);
      case "endnoteReference" -> note(c, para, true);
      default -> {
        // delText (deleted), footnoteRef (a note's own number), drawings, symbols: nothing to read
      }
    }
  }

  private void fieldChar(String type) {
    if ("begin".equals(type)) {
      fields.push(new Field(""));
    } else if ("separate".equals(type) && !fields.isEmpty()) {
      fields.peek().inResult = true;
    } else if ("end".equals(type) && !fields.isEmpty()) {
      fields.pop();
    }
  }

  /** Whether text here shows: outside fields, or in the result of every enclosing field. */
  private boolean visible() {
    for (Field f : fields) {
      if (!f.inResult || f.isTableOfContents()) {
        return false;
      }
    }
    return true;
  }

  private void note(Element reference, Paragraph para, boolean endnote) {
    if (inNote) {
      return;
    }
    String marker = endnote ? "e" + ++endnotesCited : Integer.toString(++footnotesCited);
    para.reference(marker);
    Element note = (endnote ? endnotes : footnotes).get(attribute(reference, "id"));
    if (note != null) {
      para.notes.add("[^" + marker + "]: " + NoteMarkers.encode(noteText(note)));
    }
  }

  /** A note's paragraphs as one line, read by the same rules as the body, with its own fields and counts. */
  private String noteText(Element note) {
    Deque<Field> outer = fields;
    fields = new ArrayDeque<>();
    inNote = true;
    WordNumbering.Counters noteCounters = numbering.counters();
    StringBuilder text = new StringBuilder();
    try {
      blocks(
          note,
          p -> {
            String label = p.numbering.map(noteCounters::next).orElse("");
            text.append(' ').append(label).append(String.join(" ", p.texts()));
          });
    } finally {
      fields = outer;
      inNote = false;
    }
    return clean(text.toString()).replaceAll("\\s+", " ");
  }

  /** A paragraph as read: its lines of text, the notes it cites, its list place. */
  private static final class Paragraph {
    private final List<StringBuilder> texts = new ArrayList<>(List.of(new StringBuilder()));
    private final List<String> notes = new ArrayList<>();
    private final List<Inline.Run> runs = new ArrayList<>();
    private Optional<WordNumbering.Ref> numbering = Optional.empty();
    private boolean markDeleted;

    void append(String s) {
      append(s, Format.PLAIN);
    }

    void append(String s, Format format) {
      texts.get(texts.size() - 1).append(s);
      if (!s.isEmpty()) {
        runs.add(new Inline.Run(s, format));
      }
    }

    /**
     * Adds a reference to a note: in the text, where {@link NoteMarkers#encode} makes it a marker;
     * among the runs as the marker {@code [^1]}, the plain view the recognizer's text will have.
     */
    void reference(String marker) {
      texts.get(texts.size() - 1).append(NoteMarkers.reference(marker));
      runs.add(new Inline.Run("[^" + marker + "]", Format.PLAIN));
    }

    void newLine() {
      texts.add(new StringBuilder());
    }

    List<String> texts() {
      return texts.stream().map(StringBuilder::toString).toList();
    }

    boolean isEmpty() {
      return texts.stream().allMatch(t -> t.toString().isBlank());
    }

    /**
     * This paragraph, whose mark was deleted, joined with the next one. The joined paragraph keeps
     * this one's list place unless nothing of this one is left.
     */
    Paragraph joinedWith(Paragraph next) {
      Paragraph joined = new Paragraph();
      joined.texts.clear();
      texts.forEach(t -> joined.texts.add(new StringBuilder(t)));
      joined.texts.get(joined.texts.size() - 1).append(next.texts.get(0));
      next.texts.subList(1, next.texts.size()).forEach(t -> joined.texts.add(new StringBuilder(t)));
      joined.notes.addAll(notes);
      joined.notes.addAll(next.notes);
      joined.runs.addAll(runs);
      joined.runs.addAll(next.runs);
      joined.numbering = isEmpty() ? next.numbering : numbering;
      joined.markDeleted = next.markDeleted;
      return joined;
    }
  }

  /** A complex or simple field: its code, and whether reading has reached its shown result. */
  private static final class Field {
    private final StringBuilder code;
    private boolean inResult;

    Field(String code) {
      this.code = new StringBuilder(code);
    }

    boolean isTableOfContents() {
      return code.toString().strip().toUpperCase(Locale.ROOT).startsWith("TOC");
    }
  }
}

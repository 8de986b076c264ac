package dev.redline.report.docx;

import dev.redline.internal.XmlParts;
import dev.redline.model.SourceLook;
import dev.redline.model.SourceLook.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The look a redline takes from its new draft where that is a Word file ({@link SourceLook}): the
 * draft's page size and margins, its styles (so that headings, body text and footnotes print as in
 * the draft), its numbering part, and its default page header and footer, which are written as
 * they are, untracked. Without a look, the redline's own: A4, the styles of {@link RedlineStyles},
 * no header or footer.
 *
 * <p>The draft's styles are taken as they are, with three changes: styles lose any numbering of
 * their own (the redline numbers paragraphs itself, see {@link WordLists}), the redline's
 * "Redline note" styles (ids prefixed {@code Redline}, set in their own font and size whatever the
 * draft's defaults) replace any of the draft's with the same id, and the redline's other styles
 * (title, headings, footnote and comment text) are added where the draft has none of that name. The
 * redline's paragraphs name the draft's style of the same name ({@code heading 2}), whatever its
 * id. Immutable.
 */
final class DraftLook {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private final Page page;
  private final String styles;
  private final Map<String, String> styleIds;
  private final Optional<String> numbering;
  private final Optional<String> header;
  private final Optional<String> footer;

  private DraftLook(Page page, String styles, Map<String, String> styleIds, Optional<String> numbering, Optional<String> header, Optional<String> footer) {
    this.page = page;
    this.styles = styles;
    this.styleIds = Map.copyOf(styleIds);
    this.numbering = numbering;
    this.header = header;
    this.footer = footer;
  }

  /** The redline's own look. */
  static DraftLook own() {
    return new DraftLook(Page.A4, RedlineStyles.xml(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The look of the new draft; the redline's own where it has none or its styles cannot be read. */
  static DraftLook of(Optional<SourceLook> look) {
    if (look.isEmpty()) {
      return own();
    }
    SourceLook l = look.get();
    Map<String, String> ids = new HashMap<>();
    String styles = l.styles().flatMap(s -> merged(s, ids)).orElse(null);
    if (styles == null) {
      ids.clear();
      styles = RedlineStyles.xml();
    }
    return new DraftLook(l.page(), styles, ids, l.numbering().flatMap(DraftLook::numbering), l.header(), l.footer());
  }

  Page page() {
    return page;
  }

  /** The {@code word/styles.xml} part. */
  String styles() {
    return styles;
  }

  /** The id under which the styles part holds the redline's style of this id. */
  String styleId(String redlineId) {
    return styleIds.getOrDefault(redlineId, redlineId);
  }

  /** The {@code word/numbering.xml} part, where the draft has one the redline can use. */
  Optional<String> numbering() {
    return numbering;
  }

  /** The {@code word/header1.xml} part, where the draft has a default header. */
  Optional<String> header() {
    return header.map(h -> HEAD + h);
  }

  /** The {@code word/footer1.xml} part, where the draft has a default footer. */
  Optional<String> footer() {
    return footer.map(f -> HEAD + f);
  }

  /**
   * The draft's styles with the redline's merged in (see the class comment), filling {@code ids}
   * with the draft's id for each redline style it already has; empty where they cannot be read.
   */
  private static Optional<String> merged(String draftStyles, Map<String, String> ids) {
    Optional<Document> parsed = parse(draftStyles);
    Optional<Document> ours = parse(RedlineStyles.xml(true));
    if (parsed.isEmpty() || ours.isEmpty()) {
      return Optional.empty();
    }
    Document doc = parsed.get();
    Element root = doc.getDocumentElement();
    Map<String, String> draftIdsByName = new HashMap<>();
    for (Element style : children(root, "style")) {
      String id = style.getAttributeNS(DocxPackage.W, "styleId");
      if (id.startsWith(RedlineStyles.PREFIX)) {
        root.removeChild(style);
        continue;
      }
      for (Element pPr : children(style, "pPr")) {
        children(pPr, "numPr").forEach(pPr::removeChild);
      }
      for (Element name : children(style, "name")) {
        draftIdsByName.putIfAbsent(name.getAttributeNS(DocxPackage.W, "val").toLowerCase(java.util.Locale.ROOT), id);
      }
    }
    for (Element style : children(ours.get().getDocumentElement(), "style")) {
      String id = style.getAttributeNS(DocxPackage.W, "styleId");
      String name = children(style, "name").get(0).getAttributeNS(DocxPackage.W, "val").toLowerCase(java.util.Locale.ROOT);
      String draftId = id.startsWith(RedlineStyles.PREFIX) ? null : draftIdsByName.get(name);
      if (draftId != null) {
        ids.put(id, draftId);
      } else {
        Element copy = (Element) doc.importNode(style, true);
        copy.removeAttributeNS(DocxPackage.W, "default");
        root.appendChild(copy);
      }
    }
    return Optional.of(HEAD + xml(doc));
  }

  /** The draft's numbering with no level tied to a style (see the class comment). */
  private static Optional<String> numbering(String draftNumbering) {
    return parse(draftNumbering).map(doc -> {
      for (Element abstractNum : children(doc.getDocumentElement(), "abstractNum")) {
        for (Element level : children(abstractNum, "lvl")) {
          children(level, "pStyle").forEach(level::removeChild);
        }
      }
      return HEAD + xml(doc);
    });
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> list = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && DocxPackage.W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        list.add(e);
      }
    }
    return list;
  }

  private static Optional<Document> parse(String xml) {
    return XmlParts.parse(xml);
  }

  private static String xml(Document doc) {
    return XmlParts.write(doc).orElseThrow(() -> new IllegalStateException("a parsed part cannot be written out again"));
  }
}

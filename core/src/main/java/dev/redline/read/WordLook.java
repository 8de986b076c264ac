package dev.redline.read;

import static dev.redline.read.WordXml.attribute;
import static dev.redline.read.WordXml.child;
import static dev.redline.read.WordXml.children;
import static dev.redline.read.WordXml.is;

import dev.redline.internal.XmlParts;
import dev.redline.model.SourceLook;
import dev.redline.model.SourceLook.ListPlace;
import dev.redline.model.SourceLook.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The look of a Word draft ({@link SourceLook}) from its parts: the last section's page size and
 * margins, the styles and numbering parts, the default page header and footer, and the list place
 * of every numbered paragraph. A part is kept only where a redline can carry it as it is: in the
 * transitional namespace, without relationships of its own (pictures, links), without tracked
 * changes, and no longer than {@link SourceLook#MAX_PART_CHARS}. Stateless.
 */
final class WordLook {
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final Set<String> TRACKED = Set.of("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange");

  private WordLook() {}

  /** The draft's look; {@code lists} are the numbered paragraphs' places as the text reader found them. */
  static SourceLook of(WordPackage parts, Map<Integer, ListPlace> lists) {
    Optional<Element> section = child(parts.document().getDocumentElement(), "body").flatMap(b -> lastSection(b));
    Optional<String> numbering = kept(parts.numbering());
    return new SourceLook(
        section.map(WordLook::page).orElse(Page.A4),
        kept(parts.styles()),
        numbering,
        section.flatMap(s -> furniture(parts, s, "headerReference")),
        section.flatMap(s -> furniture(parts, s, "footerReference")),
        numbering.isPresent() ? lists : Map.of());
  }

  /** The body's own section properties: its last child {@code w:sectPr}. */
  private static Optional<Element> lastSection(Element body) {
    List<Element> children = children(body);
    return children.isEmpty() || !is(children.get(children.size() - 1), "sectPr")
        ? Optional.empty()
        : Optional.of(children.get(children.size() - 1));
  }

  private static Page page(Element section) {
    Optional<Element> size = child(section, "pgSz");
    Optional<Element> margins = child(section, "pgMar");
    if (size.isEmpty()) {
      return Page.A4;
    }
    try {
      return new Page(
          twips(size.get(), "w", Page.A4.width()),
          twips(size.get(), "h", Page.A4.height()),
          "landscape".equals(attribute(size.get(), "orient")),
          margins.map(m -> twips(m, "top", Page.A4.top())).orElse(Page.A4.top()),
          margins.map(m -> twips(m, "right", Page.A4.right())).orElse(Page.A4.right()),
          margins.map(m -> twips(m, "bottom", Page.A4.bottom())).orElse(Page.A4.bottom()),
          margins.map(m -> twips(m, "left", Page.A4.left())).orElse(Page.A4.left()),
          margins.map(m -> twips(m, "header", Page.A4.header())).orElse(Page.A4.header()),
          margins.map(m -> twips(m, "footer", Page.A4.footer())).orElse(Page.A4.footer()),
          margins.map(m -> twips(m, "gutter", 0)).orElse(0));
    } catch (IllegalArgumentException e) {
      return Page.A4; // a page Word would not print either
    }
  }

  /** A measure in twips; the default where it is absent or not a whole number of a sane size. */
  private static int twips(Element e, String name, int otherwise) {
    String value = attribute(e, name);
    if (value == null || !value.strip().matches("-?\\d{1,6}")) {
      return otherwise;
    }
    return Integer.parseInt(value.strip());
  }

  /** The default header or footer the section names, where it can be kept. */
  private static Optional<String> furniture(WordPackage parts, Element section, String reference) {
    for (Element r : children(section)) {
      if (is(r, reference) && "default".equals(attribute(r, "type"))) {
        String id = r.getAttributeNS(RELATIONSHIPS, "id");
        Document part = parts.furnitureByRelation().get(id);
        String root = reference.equals("headerReference") ? "hdr" : "ftr";
        // a relationship may name any part as the header (the main document itself): only a header is one
        return part != null && is(part.getDocumentElement(), root) ? kept(part) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The part's XML where a redline can carry it as it is; empty otherwise. */
  private static Optional<String> kept(Document part) {
    if (part == null || !WordXml.W.equals(part.getDocumentElement().getNamespaceURI()) || !selfContained(part.getDocumentElement())) {
      return Optional.empty();
    }
    return XmlParts.write(part).filter(xml -> !xml.isEmpty() && xml.length() <= SourceLook.MAX_PART_CHARS);
  }

  /** Whether no element names a relationship or holds a tracked change; walked without recursion. */
  private static boolean selfContained(Element root) {
    java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>(List.of(root));
    while (!stack.isEmpty()) {
      Element e = stack.pop();
      if (WordXml.isWordNamespace(e.getNamespaceURI()) && TRACKED.contains(e.getLocalName())) {
        return false;
      }
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        if (RELATIONSHIPS.equals(attributes.item(i).getNamespaceURI())) {
          return false;
        }
      }
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element c) {
          stack.push(c);
        }
      }
    }
    return true;
  }
}

package dev.redline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small readers for WordprocessingML elements in a DOM, in the transitional and the strict
 * namespace alike. Stateless.
 */
final class WordXml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private WordXml() {}

  /** Whether the node is the WordprocessingML element with this local name. */
  static boolean is(Node node, String localName) {
    return node instanceof Element e && isWordNamespace(e.getNamespaceURI()) && localName.equals(e.getLocalName());
  }

  static boolean isWordNamespace(String uri) {
    return W.equals(uri) || W_STRICT.equals(uri);
  }

  /** The element's WordprocessingML child elements, in order. */
  static List<Element> children(Element parent) {
    List<Element> list = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && isWordNamespace(e.getNamespaceURI())) {
        list.add(e);
      }
    }
    return list;
  }

  /** Every child element, whatever its namespace, in order. */
  static List<Element> allChildren(Element parent) {
    List<Element> list = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        list.add(e);
      }
    }
    return list;
  }

  /** The first WordprocessingML child with this local name. */
  static Optional<Element> child(Element parent, String localName) {
    if (parent == null) {
      return Optional.empty();
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, localName)) {
        return Optional.of((Element) n);
      }
    }
    return Optional.empty();
  }

  /** A WordprocessingML attribute ({@code w:val}, {@code w:id}), or null where it is absent. */
  static String attribute(Element element, String localName) {
    for (String ns : new String[] {W, W_STRICT}) {
      if (element.hasAttributeNS(ns, localName)) {
        return element.getAttributeNS(ns, localName);
      }
    }
    return element.hasAttribute(localName) ? element.getAttribute(localName) : null;
  }

  /** The {@code w:val} of the first child with this local name, or null. */
  static String childValue(Element parent, String localName) {
    return child(parent, localName).map(e -> attribute(e, "val")).orElse(null);
  }

  /** The integer {@code w:val} of the first child with this local name, or null where absent or not a number. */
  static Integer childInt(Element parent, String localName) {
    String value = childValue(parent, localName);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether an on/off property such as {@code <w:vanish/>} is on: present, with no value or a
   * value other than {@code false}, {@code 0} or {@code off}.
   */
  static boolean isOn(Element parent, String localName) {
    return child(parent, localName)
        .map(e -> attribute(e, "val"))
        .map(v -> !(v.equals("false") || v.equals("0") || v.equals("off")))
        .orElseGet(() -> child(parent, localName).isPresent());
  }
}

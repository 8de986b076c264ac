package dev.redline.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A part of a Word file read with the JDK's DOM, for XPath queries with the {@code w:} prefix. */
final class WordParts {
  private final Document document;
  private final XPath xpath;

  private WordParts(Document document) {
    this.document = document;
    this.xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return "w".equals(prefix) ? DocxPackage.W : XMLConstants.NULL_NS_URI;
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public java.util.Iterator<String> getPrefixes(String uri) {
        return null;
      }
    });
  }

  /** The named part ({@code word/document.xml}) of the package. */
  static WordParts read(byte[] docx, String part) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals(part)) {
          DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
          f.setNamespaceAware(true);
          return new WordParts(f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
        }
      }
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException(e);
    }
    throw new IOException("no part " + part);
  }

  /** The nodes the expression selects, from the document or from a node. */
  List<Node> nodes(Object context, String expression) {
    try {
      NodeList list = (NodeList) xpath.evaluate(expression, context == null ? document : context, XPathConstants.NODESET);
      List<Node> nodes = new ArrayList<>();
      for (int i = 0; i < list.getLength(); i++) {
        nodes.add(list.item(i));
      }
      return nodes;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  List<Node> nodes(String expression) {
    return nodes(null, expression);
  }

  /** The text content of each node the expression selects. */
  List<String> texts(Object context, String expression) {
    return nodes(context, expression).stream().map(Node::getTextContent).toList();
  }

  static String attribute(Node node, String local) {
    return ((org.w3c.dom.Element) node).getAttributeNS(DocxPackage.W, local);
  }
}

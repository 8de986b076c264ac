package dev.redline.report.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.redline.Redline;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.History;
import dev.redline.model.Lineage;
import dev.redline.read.DraftReaders;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The flow diagram of the fixture chain: one band per lineage, in the right columns, well-formed SVG. */
class FlowDiagramWriterTest {
  private static History history;
  private static Document svg;

  @BeforeAll
  static void draw() throws Exception {
    history =
        Redline.history(List.of(DraftReaders.read(Fixtures.draft("cybercrime", "rev1.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev2.txt")), DraftReaders.read(Fixtures.draft("cybercrime", "rev3.txt"))));
    String text = FlowDiagramWriter.write(history);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    svg = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> bands() {
    NodeList groups = svg.getElementsByTagName("g");
    List<Element> bands = new ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").startsWith("band")) {
        bands.add(g);
      }
    }
    return bands;
  }

  @Test
  void oneBandPerLineageWithItsNumbersInEachColumn() {
    List<String> expected = new ArrayList<>();
    for (Lineage l : history.lineages()) {
      expected.add(l.numbers(0) + "|" + l.numbers(1) + "|" + l.numbers(2));
    }
    assertEquals(expected, bands().stream().map(b -> b.getAttribute("data-numbers")).toList());
  }

  @Test
  void eachBandHasANodePerArticleAndACurvePerStep() {
    for (Element band : bands()) {
      String[] cells = band.getAttribute("data-numbers").split("\\|", -1);
      int nodes = 0;
      int curves = 0;
      for (int d = 0; d < cells.length; d++) {
        int here = cells[d].isEmpty() ? 0 : cells[d].split(", ").length;
        nodes += here;
        if (d + 1 < cells.length) {
          int next = cells[d + 1].isEmpty() ? 0 : cells[d + 1].split(", ").length;
          curves += here * next;
        }
      }
      assertEquals(nodes, band.getElementsByTagName("rect").getLength(), band.getAttribute("data-numbers"));
      assertEquals(curves, band.getElementsByTagName("path").getLength(), band.getAttribute("data-numbers"));
    }
  }

  @Test
  void bandsAreColouredByWhatHappenedAndTitledForHovering() {
    Element merged = bands().stream().filter(b -> b.getAttribute("data-numbers").equals("31, 32|30|31")).findFirst().orElseThrow();
    assertEquals("band split-or-merged", merged.getAttribute("class"));
    Element inserted = bands().stream().filter(b -> b.getAttribute("data-numbers").equals("||4")).findFirst().orElseThrow();
    assertEquals("band inserted", inserted.getAttribute("class"));
    Element deleted = bands().stream().filter(b -> b.getAttribute("data-numbers").equals("13||")).findFirst().orElseThrow();
    assertEquals("band deleted", deleted.getAttribute("class"));
    Element moved = bands().stream().filter(b -> b.getAttribute("data-numbers").equals("30|35|36")).findFirst().orElseThrow();
    assertEquals("band moved", moved.getAttribute("class"));
    String title = moved.getElementsByTagName("title").item(0).getTextContent();
    assertTrue(title.contains("Rev.1: Article 30. Protection of personal data"), title);
  }
}

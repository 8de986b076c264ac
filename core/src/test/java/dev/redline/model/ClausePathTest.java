package dev.redline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Clause paths read and print as in the reports, and answer depth, parent and order without string surgery. */
class ClausePathTest {
  @Test
  void aPathPrintsAsItReads() {
    for (String text : List.of("18.2.b.i", "3.p1", "preamble.2", "5bis.1", "18.2~2")) {
      assertEquals(text, ClausePath.parse(text).toString());
    }
    ClausePath item = ClausePath.parse("18.2.b.i");
    assertEquals("18", item.article());
    assertEquals(List.of("2", "b", "i"), item.labels());
    assertEquals("2.b.i", item.withinArticle());
    assertEquals("i", item.last());
  }

  @Test
  void depthAndParentFollowTheLabels() {
    ClausePath item = ClausePath.parse("18.2.b.i");
    assertEquals(2, item.depth());
    assertEquals(Optional.of(ClausePath.parse("18.2.b")), item.parent());
    assertEquals(0, ClausePath.parse("18.2").depth());
    assertEquals(Optional.empty(), ClausePath.parse("18.2").parent());
    assertEquals(item, ClausePath.of("18", "2").child("b").child("i"));
  }

  @Test
  void theArticlePartLeavesOutSpacesAndDots() {
    assertEquals("5bis.1", ClausePath.of("5 bis", "1").toString());
    assertEquals("1-2.3", ClausePath.of("1.2", "3").toString(), "a user pattern's dotted number cannot be read as a label");
    assertTrue(ClausePath.recital(3).isRecital());
    assertEquals("preamble.3", ClausePath.recital(3).toString());
  }

  @Test
  void pathsOrderNumbersByValue() {
    List<ClausePath> paths = new ArrayList<>();
    for (String text : List.of("18.10", "2.1", "18.2.b", "18.2", "18.2.a", "10.1", "5bis.1", "5.1")) {
      paths.add(ClausePath.parse(text));
    }
    Collections.sort(paths);
    assertEquals("[2.1, 5.1, 5bis.1, 10.1, 18.2, 18.2.a, 18.2.b, 18.10]", paths.toString());
  }

  @Test
  void whatIsNotAPathIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ClausePath.parse("18"));
    assertThrows(IllegalArgumentException.class, () -> ClausePath.parse("18..2"));
    assertThrows(IllegalArgumentException.class, () -> ClausePath.parse(".2"));
    assertThrows(IllegalArgumentException.class, () -> new ClausePath("18", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ClausePath("18", List.of("2 b")));
  }
}

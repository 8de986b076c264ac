package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The marker syntax between the readers and the recognizer: a reader's literal text never comes back as a marker. */
class NoteMarkersTest {
  private static final String REF = NoteMarkers.reference("1");

  @Test
  void literalTextAndReferencesComeBackAsTheReaderHadThem() {
    assertEquals(List.of(new NoteMarkers.Text("cites [^1] as text")), NoteMarkers.scan(NoteMarkers.encode("cites [^1] as text")));
    assertEquals(List.of(new NoteMarkers.Text("a note"), new NoteMarkers.Marker("1"), new NoteMarkers.Text(".")),
        NoteMarkers.scan(NoteMarkers.encode("a note" + REF + ".")));
    assertEquals(List.of(new NoteMarkers.Text("C:\\"), new NoteMarkers.Marker("1")), NoteMarkers.scan(NoteMarkers.encode("C:\\" + REF)),
        "a backslash before a reference is a backslash");
    assertEquals(List.of(new NoteMarkers.Text("\\\\[^1] and [^"), new NoteMarkers.Marker("1")),
        NoteMarkers.scan(NoteMarkers.encode("\\\\[^1] and [^" + REF)), "backslashes before literal text stay, however many");
    assertEquals(List.of(new NoteMarkers.Text("[^1]: not a definition")), NoteMarkers.scan(NoteMarkers.encode("[^1]: not a definition")));
  }

  @Test
  void handWrittenMarkersFollowMarkdown() {
    assertEquals(List.of(new NoteMarkers.Text("text"), new NoteMarkers.Marker("e2")), NoteMarkers.scan("text[^e2]"));
    assertEquals("written [^2] and [^ 3] and [^]", NoteMarkers.unescape("written \\[^2] and [^ 3] and [^]"));
    assertEquals(List.of(new NoteMarkers.Text("\\"), new NoteMarkers.Marker("2")), NoteMarkers.scan("\\\\[^2]"));
  }

  @Test
  void noSourceTextPosesAsAReference() {
    assertEquals("a b", NoteMarkers.source("a\uFDD0 b\uFDD1"));
    assertEquals(List.of(new NoteMarkers.Text("a1 b")), NoteMarkers.scan(NoteMarkers.encode(NoteMarkers.source("a\uFDD01\uFDD1 b"))));
  }
}

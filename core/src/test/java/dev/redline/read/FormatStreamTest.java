package dev.redline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.redline.model.Format;
import dev.redline.model.Inline;
import dev.redline.model.InlineText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The formats a reader recorded are given back to the texts the recognizer made, whichever run of
 * the source a text starts in, ends in or spans: neighbours set alike are kept as one run, and a
 * text gets the same formats as if each character had been recorded alone.
 */
class FormatStreamTest {
  private static final Format BOLD = Format.of(Format.Property.BOLD);
  private static final Format ITALIC = Format.of(Format.Property.ITALIC);

  private static FormatStream stream() {
    FormatStream s = new FormatStream();
    s.add("1. Each Party ", Format.PLAIN);
    s.add("shall ", BOLD);
    s.add("share", BOLD); // the same format again: one run with the words before
    s.add(", ", Format.PLAIN);
    s.add("inter alia", ITALIC);
    s.add(", its data.", Format.PLAIN);
    s.add("2. Data ", Format.PLAIN);
    s.add("free", BOLD);
    return s;
  }

  @Test
  void aTextCutFromTheMiddleOfRunsGetsTheirFormats() {
    FormatStream s = stream();
    // The recognizer cut the label "1." and placed the clause's text alone.
    assertEquals(List.of(new Inline.Run("Each Party "), new Inline.Run("shall share", BOLD), new Inline.Run(", "),
            new Inline.Run("inter alia", ITALIC), new Inline.Run(", its data.")),
        s.apply(InlineText.of("Each Party shall share, inter alia, its data.")).parts());
    // The next text starts where that one ended, in a plain run, and ends in a bold one.
    assertEquals(List.of(new Inline.Run("Data "), new Inline.Run("free", BOLD)), s.apply(InlineText.of("Data free")).parts());
  }

  @Test
  void aTextWithinOneRunIsOneRun() {
    FormatStream s = stream();
    assertEquals(List.of(new Inline.Run("hall sha", BOLD)), s.apply(InlineText.of("hall sha")).parts());
    assertEquals(List.of(new Inline.Run("inter", ITALIC)), s.apply(InlineText.of("inter")).parts());
  }

  @Test
  void whiteSpaceBetweenTwoFormatsIsPlain() {
    FormatStream s = new FormatStream();
    s.add("levels", ITALIC);
    s.add(" of ", BOLD);
    s.add("water", BOLD);
    assertEquals(List.of(new Inline.Run("levels", ITALIC), new Inline.Run(" "), new Inline.Run("of water", BOLD)),
        s.apply(InlineText.of("levels of water")).parts());
  }
}

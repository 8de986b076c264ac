package dev.redline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The text of a clause as structure: runs of words and footnote references, in reading order.
 *
 * <p>{@link #plain()} is the one plain-text view of it, derived here and nowhere else: runs as they
 * are and references as {@code [^1]}. Diffs, word counts and spec files read that view; writers
 * read {@link #parts()}, with each run's {@link Format}. Adjacent runs of the same format are
 * joined, so that equal texts have equal parts.
 *
 * @param parts the runs and references, never two runs of the same format in a row
 * @param plain the plain-text view
 */
public record InlineText(List<Inline> parts, String plain) {
  /** No text. */
  public static final InlineText EMPTY = new InlineText(List.of());

  public InlineText {
    parts = List.copyOf(parts);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0 && parts.get(i) instanceof Inline.Run r && parts.get(i - 1) instanceof Inline.Run q && r.format().equals(q.format())) {
        throw new IllegalArgumentException("two runs of one format in a row: join them");
      }
      b.append(parts.get(i).plain());
    }
    if (!b.toString().equals(plain)) {
      throw new IllegalArgumentException("the plain view does not match the parts");
    }
  }

  /** The text of these parts, adjacent runs joined. */
  public InlineText(List<? extends Inline> parts) {
    this(joined(parts), plainOf(joined(parts)));
  }

  /** Text without references: one run, or nothing. */
  public static InlineText of(String text) {
    return new InlineText(text.isEmpty() ? List.of() : List.of(new Inline.Run(text)));
  }

  /** The format of the character at this offset of the plain view; plain within a reference. */
  public Format formatAt(int offset) {
    int at = 0;
    for (Inline p : parts) {
      int end = at + p.plain().length();
      if (offset < end) {
        return p instanceof Inline.Run r ? r.format() : Format.PLAIN;
      }
      at = end;
    }
    throw new IndexOutOfBoundsException(offset + " of " + plain.length());
  }

  /** Whether any run is set in a format other than plain. */
  public boolean isFormatted() {
    return parts.stream().anyMatch(p -> p instanceof Inline.Run r && !r.format().equals(Format.PLAIN));
  }

  /** The same text with every run plain: what a comparison that ignores formatting sees. */
  public InlineText unformatted() {
    if (!isFormatted()) {
      return this;
    }
    return new InlineText(parts.stream().map(p -> p instanceof Inline.Run r ? (Inline) new Inline.Run(r.text()) : p).toList());
  }

  /** The footnote references, in order. */
  public List<Inline.NoteRef> noteRefs() {
    return parts.stream().filter(Inline.NoteRef.class::isInstance).map(Inline.NoteRef.class::cast).toList();
  }

  /**
   * The words alone, every footnote reference left out: for a line that cannot show a note (a
   * page's title, a cover, an outline), where the plain view would show {@code [^1]}. A reference
   * that stood between two spaces leaves one ({@code Scope [^1] of work} gives {@code Scope of
   * work}), and one at the end leaves no space behind it.
   */
  public String withoutNoteRefs() {
    StringBuilder b = new StringBuilder();
    boolean dropped = false;
    for (Inline p : parts) {
      if (p instanceof Inline.Run r) {
        String text = r.text();
        if (dropped && (b.isEmpty() || Character.isWhitespace(b.charAt(b.length() - 1)))) {
          text = text.stripLeading();
        }
        b.append(text);
        dropped = false;
      } else {
        dropped = true;
      }
    }
    return dropped ? b.toString().stripTrailing() : b.toString();
  }

  /** The same text with each run's words passed through the function; references stay. */
  public InlineText mapRuns(UnaryOperator<String> words) {
    List<Inline> out = new ArrayList<>();
    for (Inline p : parts) {
      if (p instanceof Inline.Run r) {
        String t = words.apply(r.text());
        if (!t.isEmpty()) {
          out.add(new Inline.Run(t, r.format()));
        }
      } else {
        out.add(p);
      }
    }
    return new InlineText(out);
  }

  /** This text after a run of plain text, such as a label: {@code (a) } and the clause. */
  public InlineText after(String text) {
    List<Inline> out = new ArrayList<>();
    if (!text.isEmpty()) {
      out.add(new Inline.Run(text));
    }
    out.addAll(parts);
    return new InlineText(out);
  }

  /**
   * The parts between two offsets of the plain view; a reference cut by either offset (which a
   * diff that keeps references whole never does) is given as the run of its plain characters.
   */
  public List<Inline> slice(int from, int to) {
    if (from < 0 || to > plain.length() || from > to) {
      throw new IndexOutOfBoundsException(from + ".." + to + " of " + plain.length());
    }
    List<Inline> out = new ArrayList<>();
    int at = 0;
    for (Inline p : parts) {
      String s = p.plain();
      int start = Math.max(from, at);
      int end = Math.min(to, at + s.length());
      if (start < end) {
        if (p instanceof Inline.NoteRef && start == at && end == at + s.length()) {
          out.add(p);
        } else {
          out.add(new Inline.Run(s.substring(start - at, end - at), p instanceof Inline.Run r ? r.format() : Format.PLAIN));
        }
      }
      at += s.length();
      if (at >= to) {
        break;
      }
    }
    return joined(out);
  }

  private static List<Inline> joined(List<? extends Inline> parts) {
    List<Inline> out = new ArrayList<>();
    for (Inline p : parts) {
      if (p instanceof Inline.Run r && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Run last
          && last.format().equals(r.format())) {
        out.set(out.size() - 1, new Inline.Run(last.text() + r.text(), r.format()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static String plainOf(List<Inline> parts) {
    StringBuilder b = new StringBuilder();
    parts.forEach(p -> b.append(p.plain()));
    return b.toString();
  }
}

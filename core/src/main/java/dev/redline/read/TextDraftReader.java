package dev.redline.read;

import dev.redline.internal.Bytes;
import dev.redline.model.Draft;
import dev.redline.model.Format;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads drafts in plain text or Markdown, in the style of United Nations documents: {@code Chapter
 * IV. Title} or the title on the next line, {@code Article 24. Title} or the title on the next line,
 * numbered paragraphs {@code 1.}, subparagraphs {@code (a)}, items {@code (i)}, and footnotes
 * cited as {@code [^1]} and defined in a block {@code [^1]: text} ({@code \\[^1]} is the text
 * {@code [^1]}, as in Markdown). Headings, labels and dates of
 * the six United Nations languages and German are read too (see {@link HeadingGrammar}).
 *
 * <p>Text is decoded as UTF-8 (or UTF-16 where a byte-order mark says so); text that is not valid
 * UTF-8 is read as Windows-1252 with a warning. Form feeds count pages, so text extracted from a PDF
 * keeps its page numbers. Lines that run on without a blank line are joined into one paragraph.
 */
public final class TextDraftReader implements DraftReader {
  /** The text conventions a file follows. */
  public enum Flavour {
    /** Plain text: headings are recognised by their words ({@code Article 5}). */
    PLAIN,
    /** Markdown: {@code #} headings and emphasis marks are read as such. */
    MARKDOWN
  }

  private static final int SNIFF_BYTES = 64 * 1024;

  private final Flavour flavour;

  /** A reader of files that follow these conventions. */
  public TextDraftReader(Flavour flavour) {
    this.flavour = java.util.Objects.requireNonNull(flavour, "flavour");
  }

  @Override
  public Draft read(Path file, ReadOptions options) throws DraftReadException {
    List<String> warnings = new ArrayList<>();
    String text = decode(file, checkLineLength(file, readBytes(file)), warnings);
    FormatStream formats = new FormatStream(flavour == Flavour.MARKDOWN && options.formatting() ? text.length() : 0);
    if (flavour == Flavour.MARKDOWN && options.formatting()) {
      lines(text, formats).forEach(line -> { }); // one pass records the emphasis Markdown marks, in reading order
    }
    // The bytes are not kept while the lines are recognised, and the lines are made from the text as
    // they are gone through: a file of tens of megabytes is held once, as its text.
    return new StructureRecognizer(file, warnings, options).recognize(lines(text, null), options.formatting() ? formats : FormatStream.none());
  }

  /** The longest line read, in bytes: a mebibyte, thousands of times a long paragraph. */
  static final int MAX_LINE_BYTES = 1 << 20;

  /** Refuses a file with a line longer than {@link #MAX_LINE_BYTES}, before decoding it; returns the bytes. */
  private static byte[] checkLineLength(Path file, byte[] bytes) throws DraftReadException {
    int run = 0;
    int line = 1;
    for (byte b : bytes) {
      if (b == '\n' || b == '\r' || b == '\f') {
        run = 0;
        if (b == '\n') {
          line++;
        }
      } else if (++run > MAX_LINE_BYTES) {
        throw new DraftReadException(file, DraftReadException.Problem.TOO_LARGE, String.format(java.util.Locale.ROOT,
            "line %,d is longer than the limit of %,d bytes for one line; a draft's paragraphs are far shorter", line, MAX_LINE_BYTES));
      }
    }
    return bytes;
  }

  static byte[] readBytes(Path file) throws DraftReadException {
    if (!Files.exists(file)) {
      throw new DraftReadException(file, DraftReadException.Problem.NOT_FOUND, "file not found");
    }
    if (Files.isDirectory(file)) {
      throw new DraftReadException(
          file, DraftReadException.Problem.NOT_READABLE, "is a directory, not a file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new DraftReadException(file, DraftReadException.Problem.NOT_FOUND, "file not found", e);
    } catch (AccessDeniedException e) {
      throw new DraftReadException(
          file, DraftReadException.Problem.NOT_READABLE, "permission denied", e);
    } catch (IOException e) {
      throw new DraftReadException(
          file, DraftReadException.Problem.NOT_READABLE, "cannot be read: " + e.getMessage(), e);
    }
  }

  static String decode(Path file, byte[] bytes, List<String> warnings) throws DraftReadException {
    if (bytes.length == 0) {
      throw new DraftReadException(file, DraftReadException.Problem.EMPTY, "file is empty");
    }
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (Bytes.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
    } else if (Bytes.startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    } else if (Bytes.startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else {
      int nul = indexOfNul(bytes);
      if (nul >= 0) {
        throw new DraftReadException(
            file,
            DraftReadException.Problem.BINARY,
            "holds binary data, not text (a NUL byte at offset " + nul + "); is it a PDF or Word file with the wrong name?");
      }
    }
    String text;
    try {
      text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
      warnings.add(file.getFileName() + ": not valid UTF-8; read as Windows-1252 (Latin-1)");
    }
    if (text.isBlank()) {
      throw new DraftReadException(file, DraftReadException.Problem.EMPTY, "file holds only white space");
    }
    long control =
        text.chars().limit(SNIFF_BYTES).filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
    if (control * 20 > Math.min(text.length(), SNIFF_BYTES)) {
      throw new DraftReadException(
          file, DraftReadException.Problem.BINARY, "holds binary data, not text (many control characters)");
    }
    return text;
  }

  /** The text's lines, with pages counted by form feeds; package-private for the letter reader. */
  List<SourceLine> split(String text) {
    List<SourceLine> lines = new ArrayList<>();
    lines(text, new FormatStream()).forEach(lines::add);
    return lines;
  }

  /**
   * The text's lines as {@link #split(String)} gives them, made afresh each time they are gone
   * through: a draft of tens of megabytes is held as its text alone, not as millions of lines. The
   * emphasis Markdown marks is added to {@code formats}, or only removed where it is null.
   */
  private Iterable<SourceLine> lines(String text, FormatStream formats) {
    boolean paged = text.indexOf('\f') >= 0;
    return () -> new java.util.Iterator<>() {
      private final java.util.Iterator<String> raw = rawLines(text);
      private int number;
      private int page = paged ? 1 : 0;
      private final java.util.ArrayDeque<SourceLine> ready = new java.util.ArrayDeque<>();

      @Override
      public boolean hasNext() {
        if (ready.isEmpty() && raw.hasNext()) {
          String line = raw.next();
          number++;
          int ff;
          while ((ff = line.indexOf('\f')) >= 0) {
            String before = line.substring(0, ff);
            if (!before.isBlank()) {
              ready.add(new SourceLine(clean(before, formats), number, page));
            }
            page++;
            line = line.substring(ff + 1);
          }
          ready.add(new SourceLine(clean(line, formats), number, page));
        }
        return !ready.isEmpty();
      }

      @Override
      public SourceLine next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return ready.poll();
      }
    };
  }

  /**
   * The text cut at each line break ({@code \r\n}, {@code \r} or {@code \n}), the last line kept
   * even when empty, as {@code text.split("\r\n|\r|\n", -1)} cuts it: one pass, no regular expression.
   */
  static List<String> lineBreaks(String text) {
    List<String> lines = new ArrayList<>();
    rawLines(text).forEachRemaining(lines::add);
    return lines;
  }

  /** The lines of {@link #lineBreaks(String)}, one at a time. */
  private static java.util.Iterator<String> rawLines(String text) {
    return new java.util.Iterator<>() {
      private int start;

      @Override
      public boolean hasNext() {
        return start <= text.length();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
          end++;
        }
        String line = text.substring(start, end);
        start = end + (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
        return line;
      }
    };
  }

  /**
   * The text of an ATX heading ({@code ## Article 5 ##}) without its hashes, or the line as it is.
   * A scanner rather than a regular expression, so that it runs in linear time on any line.
   */
  static String markdownHeadingText(String line) {
    int i = 0;
    while (i < 3 && i < line.length() && isSpace(line.charAt(i))) {
      i++;
    }
    int hashes = 0;
    while (i < line.length() && line.charAt(i) == '#') {
      hashes++;
      i++;
    }
    if (hashes < 1 || hashes > 6 || i >= line.length() || !isSpace(line.charAt(i))) {
      return line;
    }
    while (i < line.length() && isSpace(line.charAt(i))) {
      i++;
    }
    int end = line.length();
    while (end > i && isSpace(line.charAt(end - 1))) {
      end--;
    }
    while (end > i && line.charAt(end - 1) == '#') {
      end--;
    }
    while (end > i && isSpace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(i, end);
  }

  /** White space as {@code \s} in a Java regular expression means it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private String clean(String line, FormatStream formats) {
    String s = line.replace('\u00A0', ' ').replace("\t", "    ");
    if (flavour == Flavour.MARKDOWN) {
      s = emphasis(markdownHeadingText(s), formats);
    }
    return s.strip();
  }

  /**
   * A Markdown line without its emphasis marks, its runs added to the stream: {@code **strong**} and
   * {@code __strong__} bold, {@code *em*} italic where a closing {@code *} follows on the same line
   * (a lone {@code *}, as in {@code 5 * 3} or a bullet, stays text); where {@code formats} is null the
   * marks are only removed. A scanner, not a regular expression.
   */
  static String emphasis(String line, FormatStream formats) {
    StringBuilder out = new StringBuilder(line.length());
    StringBuilder run = new StringBuilder();
    boolean bold = false;
    boolean italic = false;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      boolean pair = i + 1 < n && line.charAt(i + 1) == c;
      boolean toggle;
      if ((c == '*' || c == '_') && pair) {
        toggle = true;
      } else if (c == '*' && !italic) {
        toggle = i + 1 < n && !isSpace(line.charAt(i + 1)) && line.indexOf('*', i + 1) > i + 1;
      } else {
        toggle = c == '*' && italic;
      }
      if (!toggle) {
        out.append(c);
        run.append(c);
        continue;
      }
      if (formats != null) {
        formats.add(run.toString(), format(bold, italic));
      }
      run.setLength(0);
      if (pair) {
        bold = !bold;
        i++;
      } else {
        italic = !italic;
      }
    }
    if (formats != null) {
      formats.add(run.toString(), format(bold, italic));
    }
    return out.toString();
  }

  /** The four formats emphasis gives, made once: plain, bold, italic, bold italic. */
  private static final Format[] EMPHASIS = {
    Format.PLAIN, Format.of(Format.Property.BOLD), Format.of(Format.Property.ITALIC), Format.of(Format.Property.BOLD, Format.Property.ITALIC)
  };

  private static Format format(boolean bold, boolean italic) {
    return EMPHASIS[(bold ? 1 : 0) + (italic ? 2 : 0)];
  }


  private static int indexOfNul(byte[] bytes) {
    int end = Math.min(bytes.length, SNIFF_BYTES);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}

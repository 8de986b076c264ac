package dev.redline.read;

import dev.redline.model.Letter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a letter or position paper ({@code .txt}, {@code .md}, {@code .docx}, {@code .pdf}) into its
 * lines, with the same text extraction as the draft readers: form feeds count pages in text files,
 * a PDF's running headers and footers are left out and its lines joined into paragraphs, a Word
 * file is read as a reader sees it. What no reader can tell apart from the text (a bare page
 * number, a web address on its own line) is dropped here. A letter has no articles, so none is
 * looked for.
 *
 * <p>Errors are those of the draft readers: a {@link DraftReadException} naming the file and the
 * problem (missing, empty, binary, damaged, password-protected, a scan without text). The file is
 * never modified. Stateless and thread-safe.
 */
public final class LetterReaders {
  private static final Pattern FURNITURE =
      Pattern.compile("(?i)(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|-\\s*\\d{1,4}\\s*-|https?://\\S+|www\\.\\S+");

  private LetterReaders() {}

  /**
   * Reads the letter, picking the reader by the file's extension as {@link DraftReaders#forFile}
   * does.
   *
   * @throws DraftReadException if the file is missing, unreadable, empty or not of its format
   */
  public static Letter read(Path file) throws DraftReadException {
    return read(file, ReadOptions.DEFAULTS);
  }

  /**
   * Reads the letter within the size and page limits of these options.
   *
   * @throws DraftReadException as {@link #read(Path)}, and for a file above the limits
   */
  public static Letter read(Path file, ReadOptions options) throws DraftReadException {
    DraftReaders.checkSize(file, options);
    DraftReader reader = DraftReaders.forFile(file);
    List<SourceLine> lines;
    List<String> warnings = new ArrayList<>();
    boolean paragraphs = true;
    if (reader instanceof PdfDraftReader) {
      lines = PdfDraftReader.lines(file, options, warnings);
    } else if (reader instanceof DocxDraftReader) {
      lines = new ArrayList<>();
      for (SourceLine l : new WordText(WordPackage.read(file, options.maxBytes() / 4)).lines()) {
        lines.add(l);
        lines.add(new SourceLine("", l.line(), l.page())); // every Word paragraph ends with its line
      }
    } else {
      paragraphs = false;
      TextDraftReader text = (TextDraftReader) reader;
      lines = text.split(TextDraftReader.decode(file, TextDraftReader.readBytes(file), warnings));
    }
    if (lines.stream().allMatch(SourceLine::isBlank)) {
      throw new DraftReadException(file, DraftReadException.Problem.EMPTY, "the letter holds no text");
    }
    return letter(name(file), lines, paragraphs);
  }

  /**
   * A letter from plain text already in memory (form feeds count pages), for tests and for text
   * pasted by a user.
   *
   * @param name the name the letter is cited by
   * @param text the letter's text
   */
  public static Letter ofText(String name, String text) {
    return letter(name, new TextDraftReader(TextDraftReader.Flavour.PLAIN).split(text), false);
  }

  private static Letter letter(String name, List<SourceLine> lines, boolean paragraphs) {
    List<Letter.Line> out = new ArrayList<>();
    for (SourceLine l : lines) {
      String text = FURNITURE.matcher(l.text().strip()).matches() ? "" : l.text();
      out.add(new Letter.Line(text, l.page(), l.line()));
    }
    return new Letter(name, out, paragraphs);
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }
}

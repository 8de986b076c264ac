package dev.redline.report.docx;

import dev.redline.diff.DraftText;
import dev.redline.diff.Tokens;
import dev.redline.model.ArticleChange;
import dev.redline.model.ChangeStatus;
import dev.redline.model.ClauseChange;
import dev.redline.model.Comparison;
import dev.redline.model.DivisionChange;
import dev.redline.model.Draft;
import dev.redline.model.LinkKind;
import dev.redline.model.Part;
import dev.redline.model.Segment;
import dev.redline.model.Statistics;
import dev.redline.model.TextChange;
import dev.redline.report.ReportFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * Writes a comparison as a Word document with real tracked changes: the new draft in full,
 * insertions as {@code w:ins} and deletions as {@code w:del} (with {@code w:delText}), whole
 * paragraphs inserted or deleted with their paragraph marks, articles as Heading 2 and divisions
 * as Heading 1 so that Word's navigation pane lists them. A few cover lines in the style "Redline
 * note" come first and are not tracked.
 *
 * <p>Words that the old draft writes differently only in quote or dash style, white space or
 * hyphenation are shown as the new draft writes them, with just the differing characters tracked,
 * so that rejecting every change still gives the old draft. Moved clauses are written as a deletion
 * where they stood and an insertion where they went.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class DocxRedlineWriter {
  private static final int INDENT_TWIPS = 567;

  private final String author;
  private final ZonedDateTime date;

  private DocxRedlineWriter(Builder builder) {
    this.author = builder.author;
    this.date = builder.date;
  }

  /** A builder with author "Redline" and the date left to the moment of writing. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link DocxRedlineWriter}. */
  public static final class Builder {
    private String author = "Redline";
    private ZonedDateTime date;

    private Builder() {}

    /** The author shown on every tracked change. */
    public Builder author(String author) {
      this.author = Objects.requireNonNull(author, "author");
      return this;
    }

    /** The date shown on every tracked change; by default the moment of writing. */
    public Builder date(ZonedDateTime date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    public DocxRedlineWriter build() {
      return new DocxRedlineWriter(this);
    }
  }

  /**
   * Writes the redline to a file, safely: through a temporary file moved into place when complete,
   * and never over one of the drafts compared.
   *
   * @param comparison what to write
   * @param target the {@code .docx} file to write
   * @throws IOException if the target is one of the drafts or cannot be written; the message names it
   */
  public void write(Comparison comparison, Path target) throws IOException {
    List<Path> inputs =
        List.of(Path.of(comparison.oldDraft().source()), Path.of(comparison.newDraft().source()));
    ReportFiles.writeAtomically(target, inputs, out -> write(comparison, out));
  }

  /**
   * Loads and initialises the Word libraries (about a second on a cold JVM) by writing a tiny
   * redline to nowhere. Call it on another thread while the drafts are read and compared, so the
   * real write does not pay for it. Safe to call any number of times, from any thread.
   */
  public static void warmUp() {
    try (XWPFDocument document = new XWPFDocument()) {
      RedlineStyles.install(document);
      CTP p = document.createParagraph().getCTP();
      CTRunTrackChange ins = p.addNewIns();
      ins.setAuthor("warm-up");
      ins.setDate(java.util.Calendar.getInstance());
      ins.addNewR().addNewT().setStringValue("warm-up");
      p.addNewDel().addNewR().addNewDelText().setStringValue("warm-up");
      document.write(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      // Only a warm-up: the real write reports any problem.
    }
  }

  /** Writes the redline to a stream, which is left open. */
  public void write(Comparison comparison, OutputStream out) throws IOException {
    ZonedDateTime when = date != null ? date : ZonedDateTime.now().withNano(0);
    try (XWPFDocument document = new XWPFDocument()) {
      RedlineStyles.install(document);
      Session session = new Session(document, GregorianCalendar.from(when));
      cover(session, comparison, when);
      session.paragraph(RedlineStyles.TITLE, comparison.title(), 0);
      for (ClauseChange recital : comparison.preamble()) {
        session.paragraph(RedlineStyles.NORMAL, recital.text(), 0);
      }
      for (Part part : comparison.parts()) {
        if (part instanceof DivisionChange division) {
          session.paragraph(RedlineStyles.DIVISION, division.heading(), 0);
        } else if (part instanceof ArticleChange article) {
          session.paragraph(RedlineStyles.ARTICLE, article.heading(), 0);
          for (ClauseChange clause : article.clauses()) {
            session.paragraph(RedlineStyles.NORMAL, clause.text(), clause.depth());
          }
          for (TextChange footnote : article.footnotes()) {
            session.paragraph(RedlineStyles.FOOTNOTE, footnote, 0);
          }
        }
      }
      document.createParagraph().setStyle(RedlineStyles.NOTE); // a last paragraph mark that is never tracked
      document.write(out);
    }
  }

  private void cover(Session session, Comparison comparison, ZonedDateTime when) {
    Draft oldDraft = comparison.oldDraft();
    Draft newDraft = comparison.newDraft();
    Statistics s = comparison.statistics();
    session.note("Redline of " + describe(newDraft) + " against " + describe(oldDraft) + ".");
    session.note(
        "Articles: "
            + s.oldArticles()
            + " before, "
            + s.newArticles()
            + " after; "
            + counts(s)
            + ". Words deleted: "
            + s.wordsDeleted()
            + "; inserted: "
            + s.wordsInserted()
            + ".");
    session.note(
        "Made by Redline on "
            + when.format(DateTimeFormatter.ISO_LOCAL_DATE)
            + "; changes tracked as by "
            + author
            + ". Accept all changes to get "
            + newDraft.revision()
            + "; reject all to get "
            + oldDraft.revision()
            + ".");
  }

  private static String describe(Draft draft) {
    StringBuilder b = new StringBuilder(draft.revision());
    List<String> details = new ArrayList<>();
    if (!draft.symbol().isEmpty()) {
      details.add(draft.symbol());
    }
    if (!draft.date().isEmpty()) {
      details.add(draft.date());
    }
    if (!details.isEmpty()) {
      b.append(" (").append(String.join(", ", details)).append(")");
    }
    return b.toString();
  }

  private static String counts(Statistics s) {
    List<String> parts = new ArrayList<>();
    for (LinkKind kind : LinkKind.values()) {
      if (s.count(kind) > 0) {
        parts.add(s.count(kind) + " " + kind.word());
      }
    }
    return String.join(", ", parts);
  }

  /**
   * The state of writing one document: the next change id, and what the previous paragraph ended
   * with.
   *
   * <p>LibreOffice accepts or rejects neighbouring changes of the same author and type whose
   * dates lie within a minute as one range, even across a paragraph mark that is not tracked: a
   * heading that ends with inserted words, followed by an inserted paragraph, then loses its own
   * paragraph mark when all changes are rejected. Word keeps them apart, as the format says. So
   * where a paragraph with an untracked mark ends with a change of the same type as the one that
   * opens the next paragraph, the next paragraph's changes are dated 61 seconds later; everywhere
   * else every change carries the configured date.
   */
  private final class Session {
    private static final int SEPARATION_SECONDS = 61;
    private final XWPFDocument document;
    private final Calendar base;
    private final Calendar separated;
    private Calendar calendar;
    private Segment.Op openAtEnd;
    private long nextId = 1;

    Session(XWPFDocument document, Calendar calendar) {
      this.document = document;
      this.base = calendar;
      this.separated = (Calendar) calendar.clone();
      this.separated.add(Calendar.SECOND, SEPARATION_SECONDS);
      this.calendar = base;
    }

    void note(String text) {
      openAtEnd = null;
      XWPFParagraph p = document.createParagraph();
      p.setStyle(RedlineStyles.NOTE);
      text(p.getCTP().addNewR(), text, false);
    }

    void paragraph(String style, TextChange change, int depth) {
      if (change.segments().isEmpty()) {
        return;
      }
      List<Segment> runs = runs(change);
      XWPFParagraph p = document.createParagraph();
      p.setStyle(style);
      if (depth > 0) {
        p.setIndentationLeft(depth * INDENT_TWIPS);
      }
      CTP ctp = p.getCTP();
      Segment.Op opening = opening(change, runs);
      if (opening != null && opening == openAtEnd) {
        calendar = calendar == base ? separated : base;
      } else {
        calendar = base;
      }
      openAtEnd = closing(change, runs);
      if (change.status() == ChangeStatus.INSERTED || change.status() == ChangeStatus.DELETED) {
        CTPPr ppr = ctp.isSetPPr() ? ctp.getPPr() : ctp.addNewPPr();
        CTParaRPr mark = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
        stamp(change.status() == ChangeStatus.INSERTED ? mark.addNewIns() : mark.addNewDel());
      }
      for (Segment segment : runs) {
        for (Piece piece : pieces(segment.text())) {
          CTR run;
          switch (segment.op()) {
            case INSERT -> {
              CTRunTrackChange ins = ctp.addNewIns();
              stamp(ins);
              run = ins.addNewR();
            }
            case DELETE -> {
              CTRunTrackChange del = ctp.addNewDel();
              stamp(del);
              run = del.addNewR();
            }
            default -> run = ctp.addNewR();
          }
          if (piece.marker()) {
            run.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
          }
          text(run, piece.text(), segment.op() == Segment.Op.DELETE);
        }
      }
    }

    /**
     * The runs to write: the segments, with each kept run that the old draft writes differently
     * (quotes, dashes, white space, hyphenation) tracked as a deletion of the old characters and an
     * insertion of the new, between what the two spellings share, so that rejecting every change
     * still gives the old draft.
     */
    private List<Segment> runs(TextChange change) {
      List<Segment> runs = new ArrayList<>();
      for (Segment s : change.segments()) {
        if (!s.isRestyled()) {
          runs.add(s);
          continue;
        }
        String a = s.oldText();
        String b = s.text();
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
          prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(a.charAt(prefix - 1))) {
          prefix--;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
            && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
          suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(a.charAt(a.length() - suffix))) {
          suffix--;
        }
        if (prefix > 0) {
          runs.add(new Segment(Segment.Op.EQUAL, b.substring(0, prefix)));
        }
        if (a.length() - suffix > prefix) {
          runs.add(new Segment(Segment.Op.DELETE, a.substring(prefix, a.length() - suffix)));
        }
        if (b.length() - suffix > prefix) {
          runs.add(new Segment(Segment.Op.INSERT, b.substring(prefix, b.length() - suffix)));
        }
        if (suffix > 0) {
          runs.add(new Segment(Segment.Op.EQUAL, b.substring(b.length() - suffix)));
        }
      }
      return runs;
    }

    /** The type of the change at the very start of the paragraph, or null where it starts unchanged. */
    private Segment.Op opening(TextChange change, List<Segment> runs) {
      return switch (change.status()) {
        case INSERTED -> Segment.Op.INSERT;
        case DELETED -> Segment.Op.DELETE;
        case UNCHANGED, MODIFIED -> runs.get(0).op() == Segment.Op.EQUAL ? null : runs.get(0).op();
      };
    }

    /** The type of the change at the very end of a paragraph whose mark is not tracked, or null. */
    private Segment.Op closing(TextChange change, List<Segment> runs) {
      if (change.status() == ChangeStatus.INSERTED || change.status() == ChangeStatus.DELETED) {
        return null;
      }
      Segment.Op last = runs.get(runs.size() - 1).op();
      return last == Segment.Op.EQUAL ? null : last;
    }

    private void stamp(CTTrackChange change) {
      change.setId(BigInteger.valueOf(nextId++));
      change.setAuthor(author);
      change.setDate(calendar);
    }

    private void text(CTR run, String text, boolean deleted) {
      CTText t = deleted ? run.addNewDelText() : run.addNewT();
      t.setStringValue(text);
      t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
  }

  /** A stretch of a segment's text: plain, or a footnote marker shown as a superscript number. */
  private record Piece(String text, boolean marker) {}

  private static List<Piece> pieces(String text) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    for (String token : Tokens.of(text)) {
      if (DraftText.isMarker(token)) {
        if (plain.length() > 0) {
          pieces.add(new Piece(plain.toString(), false));
          plain.setLength(0);
        }
        pieces.add(new Piece(DraftText.markerName(token), true));
      } else {
        plain.append(token);
      }
    }
    if (plain.length() > 0) {
      pieces.add(new Piece(plain.toString(), false));
    }
    return pieces;
  }
}

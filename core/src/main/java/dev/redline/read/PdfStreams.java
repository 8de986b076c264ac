package dev.redline.read;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Bounds what PDFBox decodes while a PDF is read: every compressed stream (fonts, forms, images,
 * object and cross-reference streams, page contents) counts against one budget for the read, so
 * that a font of a megabyte that inflates to gigabytes is refused instead of filling the heap.
 *
 * <p>PDFBox 3.0.8 has no limit of its own: it decodes each stream whole into a heap buffer ({@code
 * Filter.decode} into a {@code RandomAccessReadWriteBuffer}), except a page's single Flate content
 * stream, which it inflates as it parses; its stream cache ({@code MemoryUsageSetting}, {@code
 * RandomAccessStreamCache}) holds only the streams it writes. So each of its filters is wrapped,
 * once, where PDFBox looks them up ({@link FilterFactory}): the wrapper counts what the filter writes
 * against the budget of the current thread's read, and passes everything through unchanged outside
 * a read. A page's streamed content is counted by {@link #countContent(PDPage)}.
 *
 * <p>Thread-safe: each thread's read has its own budget.
 */
final class PdfStreams {
  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  static {
    wrapFilters();
  }

  private PdfStreams() {}

  /**
   * The budget of decoded bytes for the read on this thread, until it is closed.
   *
   * @param limit the most bytes all the streams decoded during the read may expand to, together
   */
  static Budget budget(long limit) {
    Budget budget = new Budget(limit);
    CURRENT.set(budget);
    return budget;
  }

  /**
   * Counts the page's content against the budget where PDFBox will inflate it while parsing (one
   * Flate stream), by decoding it once through the bounded filter; other contents are counted
   * when PDFBox decodes them.
   */
  static void countContent(PDPage page) throws IOException {
    if (CURRENT.get() == null) {
      return;
    }
    COSStream contents = page.getCOSObject().getCOSStream(COSName.CONTENTS);
    if (contents != null && COSName.FLATE_DECODE.equals(contents.getFilters())) {
      try (InputStream in = contents.createInputStream()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
    }
  }

  /** How many decoded bytes a read may still use; once spent, every later decoding fails at once. */
  static final class Budget implements AutoCloseable {
    private final long limit;
    private long left;
    private boolean exceeded;

    private Budget(long limit) {
      this.limit = limit;
      this.left = limit;
    }

    /** The most bytes the read's streams may expand to. */
    long limit() {
      return limit;
    }

    /** Whether a stream would have expanded beyond the budget (PDFBox may have caught the failure and gone on). */
    boolean exceeded() {
      return exceeded;
    }

    private void spend(int bytes) throws IOException {
      if (bytes > left) {
        exceeded = true;
        left = 0;
        throw new TooLarge();
      }
      left -= bytes;
    }

    @Override
    public void close() {
      CURRENT.remove();
    }
  }

  /** Decoded bytes beyond the budget. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("decoded streams over the limit");
    }
  }

  /** Counts what a filter writes against the current read's budget. */
  private static final class Counted extends FilterOutputStream {
    private final Budget budget;

    Counted(OutputStream out, Budget budget) {
      super(out);
      this.budget = budget;
    }

    @Override
    public void write(int b) throws IOException {
      budget.spend(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      budget.spend(len);
      out.write(b, off, len);
    }
  }

  /** One of PDFBox's filters, its decoded output counted during a read. */
  private static final class Bounded extends Filter {
    private final Filter filter;

    Bounded(Filter filter) {
      this.filter = filter;
    }

    @Override
    public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index) throws IOException {
      Budget budget = CURRENT.get();
      return filter.decode(encoded, budget == null ? decoded : new Counted(decoded, budget), parameters, index);
    }

    @Override
    public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index, DecodeOptions options)
        throws IOException {
      Budget budget = CURRENT.get();
      return filter.decode(encoded, budget == null ? decoded : new Counted(decoded, budget), parameters, index, options);
    }

    @Override
    protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
      filter.encode(input, encoded, parameters, 0);
    }
  }

  /**
   * Replaces each filter in PDFBox's table by its bounded wrapper (one wrapper per filter, so that
   * names sharing a filter, such as {@code /Fl} and {@code /FlateDecode}, still share one). Fails
   * loudly if PDFBox's table is not where this version keeps it: reading on unbounded would let a
   * hostile PDF fill the heap.
   */
  @SuppressWarnings("unchecked")
  private static void wrapFilters() {
    try {
      Field field = FilterFactory.class.getDeclaredField("filters");
      field.setAccessible(true);
      Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
      Map<Filter, Filter> wrapped = new IdentityHashMap<>();
      for (Map.Entry<COSName, Filter> entry : filters.entrySet()) {
        if (!(entry.getValue() instanceof Bounded)) {
          entry.setValue(wrapped.computeIfAbsent(entry.getValue(), Bounded::new));
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot bound PDFBox's stream filters (" + e + "); PDFs cannot be read safely", e);
    }
  }
}

package dev.redline.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Writes small PDF files for tests with Times in the standard 14 fonts, on A4 pages, positions in
 * points from the page's top left corner. Not thread-safe; one instance writes one file.
 */
final class TestPdf {
  static final float A4_HEIGHT = PDRectangle.A4.getHeight();

  private final PDDocument document = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
  private PDPage page;
  private PDPageContentStream stream;

  /** Starts a new A4 page. */
  TestPdf page() {
    closeStream();
    page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try {
      stream = new PDPageContentStream(document, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Turns the current page by 90, 180 or 270 degrees when shown. */
  TestPdf rotate(int degrees) {
    page.setRotation(degrees);
    return this;
  }

  /** Text in regular type starting at {@code x}, with its baseline at {@code y} from the top. */
  TestPdf text(float x, float y, float size, String text) {
    return write(regular, x, y, size, text);
  }

  /** Text in bold type. */
  TestPdf bold(float x, float y, float size, String text) {
    return write(bold, x, y, size, text);
  }

  /** Text in italic type. */
  TestPdf italic(float x, float y, float size, String text) {
    return write(italic, x, y, size, text);
  }

  /** The width of the text in italic type. */
  float italicWidth(float size, String text) {
    return width(italic, size, text);
  }

  /** Text in bold type centred between the margins {@code left} and {@code right}. */
  TestPdf centredBold(float left, float right, float y, float size, String text) {
    float width = width(bold, size, text);
    return write(bold, left + (right - left - width) / 2, y, size, text);
  }

  /** Text in regular type ending at {@code right}. */
  TestPdf rightAligned(float right, float y, float size, String text) {
    return write(regular, right - width(regular, size, text), y, size, text);
  }

  /** The width of the text in regular type. */
  float width(float size, String text) {
    return width(regular, size, text);
  }

  /** The width of the text in bold type. */
  float boldWidth(float size, String text) {
    return width(bold, size, text);
  }

  /** A horizontal line from {@code x0} to {@code x1} at {@code y} from the top, half a point thick. */
  TestPdf rule(float x0, float x1, float y) {
    try {
      stream.setLineWidth(0.5f);
      stream.moveTo(x0, A4_HEIGHT - y);
      stream.lineTo(x1, A4_HEIGHT - y);
      stream.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** A grey image filling most of the page, as a scanner makes. */
  TestPdf image() {
    BufferedImage scan = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < scan.getHeight(); y++) {
      for (int x = 0; x < scan.getWidth(); x++) {
        scan.setRGB(x, y, (x / 8 + y / 12) % 2 == 0 ? 0xFFFFFF : 0x222222);
      }
    }
    try {
      stream.drawImage(LosslessFactory.createFromImage(document, scan), 50, 100, 495, 690);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Saves the file. */
  Path write(Path target) {
    closeStream();
    try (PDDocument d = document) {
      d.save(target.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /**
   * Saves the file encrypted: it opens only with the password, or with none where the password is
   * empty (an owner password still guards it against changes).
   */
  Path writeEncrypted(Path target, String password) {
    closeStream();
    try (PDDocument d = document) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanModify(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, permissions);
      policy.setEncryptionKeyLength(128);
      d.protect(policy);
      d.save(target.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  private TestPdf write(PDType1Font font, float x, float y, float size, String text) {
    try {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, A4_HEIGHT - y);
      stream.showText(text);
      stream.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private static float width(PDType1Font font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeStream() {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      stream = null;
    }
  }
}

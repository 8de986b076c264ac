package dev.redline.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redline.model.History;
import dev.redline.report.ReportInputs;
import dev.redline.report.flow.FlowDiagramWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flow diagram of the fixture chain (Rev.1, Rev.2, Rev.3) drawn by headless Chromium: the
 * screenshot shows every band. For each band, the pixels of the screenshot are read where the
 * browser says its boxes and curves are: every box shows the band's fill, at least one point of
 * its curves shows the band's colour (a curve may be crossed by others elsewhere), and the band
 * is what a pointer at its box would hover. The screenshot is kept in {@code target/screenshots/}.
 */
class FlowDiagramChromiumTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** How far a pixel may be from the colour expected, per channel: anti-aliasing and colour management. */
  private static final int TOLERANCE = 14;

  @TempDir Path dir;

  @BeforeAll
  static void chromiumIsInstalled() {
    assertEquals("", Chromium.unavailableReason(), "Chromium is needed for this test (run .ci/install-test-tools)");
  }

  @Test
  void theScreenshotShowsEveryBand() throws Exception {
    History history = ReportInputs.history("rev1", "rev2", "rev3");
    String svg = FlowDiagramWriter.write(history);
    Path file = Files.writeString(dir.resolve("flow.svg"), svg, StandardCharsets.UTF_8);
    JsonNode size;
    BufferedImage shot;
    JsonNode bands;
    try (Chromium chromium = new Chromium()) {
      chromium.open(file, 400, 300);
      size = chromium.evaluate("(() => { const s = document.documentElement; return {w: s.width.baseVal.value, h: s.height.baseVal.value}; })()");
      chromium.open(file, size.get("w").asInt(), size.get("h").asInt());
      byte[] png = chromium.screenshot();
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve("flow-rev1-rev2-rev3.png"), png);
      shot = ImageIO.read(new ByteArrayInputStream(png));
      bands = chromium.evaluate("""
          [...document.querySelectorAll('g.band')].map(g => {
            const toScreen = (el, x, y) => { const p = new DOMPoint(x, y).matrixTransform(el.getScreenCTM()); return [Math.round(p.x), Math.round(p.y)]; };
            const boxes = [...g.querySelectorAll('rect')].map(r => {
              const b = r.getBoundingClientRect();
              const hit = document.elementFromPoint(b.right - 4, b.top + b.height / 2);
              const over = hit && hit.closest('g.band');
              return { x: Math.round(b.right - 4), y: Math.round(b.top + b.height / 2), fill: r.getAttribute('fill'),
                       column: Math.round(b.left), number: r.nextElementSibling.textContent,
                       hovered: over === g ? 'itself' : over ? over.querySelector('title').textContent : 'nothing' };
            });
            const curves = [...g.querySelectorAll('path')].map(p => {
              const length = p.getTotalLength();
              return { stroke: p.getAttribute('stroke'), points: [0.2, 0.35, 0.5, 0.65, 0.8].map(f => { const q = p.getPointAtLength(length * f); return toScreen(p, q.x, q.y); }) };
            });
            return { numbers: g.dataset.numbers, boxes, curves };
          })""");
      assertEquals(List.of(), chromium.errors(), "console errors");
    }
    assertEquals(shot.getWidth(), size.get("w").asInt(), "the whole diagram is in the screenshot");
    assertEquals(history.lineages().size(), bands.size(), "one band per provision");

    List<String> problems = new ArrayList<>();
    for (JsonNode band : bands) {
      String name = "band " + band.get("numbers").asText();
      for (JsonNode box : band.get("boxes")) {
        int[] want = rgb(box.get("fill").asText());
        int[] seen = pixel(shot, box.get("x").asInt(), box.get("y").asInt());
        if (!close(want, seen)) {
          problems.add(name + ": a box shows " + hex(seen) + " where its fill is " + box.get("fill").asText());
        }
        // A box two bands share (the old article of a split) is hovered as the band drawn last;
        // that band's tooltip must then name this band's other articles too.
        String hovered = box.get("hovered").asText();
        if (!hovered.equals("itself") && !mentionsAllOf(hovered, band.get("numbers").asText())) {
          problems.add(name + ": its box " + box.get("number").asText() + " hovers as another band whose tooltip does not name it: " + hovered);
        }
      }
      if (band.get("curves").isEmpty()) {
        continue;
      }
      boolean visible = false;
      for (JsonNode curve : band.get("curves")) {
        int[] want = overWhite(rgb(curve.get("stroke").asText()), 0.55);
        for (JsonNode point : curve.get("points")) {
          visible |= close(want, pixel(shot, point.get(0).asInt(), point.get(1).asInt()));
        }
      }
      if (!visible) {
        problems.add(name + ": no point of its curves shows its colour");
      }
    }
    assertEquals(List.of(), problems, "what the screenshot shows");
  }

  /** Whether the tooltip names every article of a band, given as {@code 25|25|26}. */
  private static boolean mentionsAllOf(String tooltip, String numbers) {
    for (String number : numbers.split("\\|")) {
      if (!number.isEmpty() && !java.util.regex.Pattern.compile("Article " + java.util.regex.Pattern.quote(number) + "\\b").matcher(tooltip).find()) {
        return false;
      }
    }
    return true;
  }

  private static int[] pixel(BufferedImage image, int x, int y) {
    int argb = image.getRGB(Math.min(x, image.getWidth() - 1), Math.min(y, image.getHeight() - 1));
    return new int[] {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff};
  }

  private static int[] rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
  }

  /** The colour a stroke of this opacity shows on the white page. */
  private static int[] overWhite(int[] colour, double opacity) {
    int[] out = new int[3];
    for (int i = 0; i < 3; i++) {
      out[i] = (int) Math.round(colour[i] * opacity + 255 * (1 - opacity));
    }
    return out;
  }

  private static boolean close(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (Math.abs(a[i] - b[i]) > TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  private static String hex(int[] c) {
    return String.format("#%02x%02x%02x", c[0], c[1], c[2]);
  }
}

package dev.redline.report;

import dev.redline.Redline;
import dev.redline.demands.DemandsFile;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.model.History;
import dev.redline.model.Tracker;
import dev.redline.read.DraftReaders;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The fixture drafts read, aligned, compared and checked against the letters' demands, once per test run. */
public final class ReportInputs {
  /** The date every report test writes with. */
  public static final ZonedDateTime DATE = ZonedDateTime.parse("2024-06-14T09:30:00Z");

  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

  private ReportInputs() {}

  /** The history of the fixture drafts named, such as {@code "rev2", "rev3"}. */
  public static History history(String... revisions) {
    return (History) CACHE.computeIfAbsent("history " + String.join(" ", revisions), k -> {
      List<Draft> drafts = new ArrayList<>();
      for (String r : revisions) {
        drafts.add(read(r));
      }
      return Redline.history(drafts);
    });
  }

  /** The comparison of each step of the history. */
  @SuppressWarnings("unchecked")
  public static List<Comparison> steps(String... revisions) {
    return (List<Comparison>) CACHE.computeIfAbsent("steps " + String.join(" ", revisions),
        k -> history(revisions).steps());
  }

  /** The comparison of two fixture drafts. */
  public static Comparison comparison(String oldRevision, String newRevision) {
    return steps(oldRevision, newRevision).get(0);
  }

  /** The letters' demands checked over the history (their numbering is Rev.3's, so it must hold rev3). */
  public static Tracker tracker(String... revisions) {
    return (Tracker) CACHE.computeIfAbsent("tracker " + String.join(" ", revisions), k -> {
      try {
        return Redline.check(history(revisions), DemandsFile.read(Fixtures.root().resolve("demands/cybercrime-letters.yaml")));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static Draft read(String revision) {
    try {
      return DraftReaders.read(Fixtures.draft("cybercrime", revision + ".txt"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The named part of a Word file, as text ({@code word/document.xml}). */
  public static String part(byte[] docx, String name) throws java.io.IOException {
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }
}

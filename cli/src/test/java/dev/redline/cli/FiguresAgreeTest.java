package dev.redline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.fixtures.Fixtures;
import dev.redline.model.ChangeKind;
import dev.redline.model.LinkKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format shows the same figures, and in each the totals are the sums of their parts: the
 * command line's summary, the Word cover, the web page, the Markdown summary and the JSON are
 * written for one pair of drafts, and their figures are read back from what a reader sees (the
 * text of the files, not the objects that made them). The Markdown's "N more articles were only
 * renumbered" is the JSON's {@code articlesOnlyRenumbered}, and with the articles its table lists
 * as renumbered it makes up the renumbered articles of its headline.
 */
class FiguresAgreeTest {
  private static final Pattern HEADLINE =
      Pattern.compile("(\\d+) \u2192 (\\d+) articles: ([^;]*); (\\d+) clauses changed, (\\d+) words deleted, (\\d+) inserted(?:, (\\d+) moved)?\\.");
  private static final Pattern WORD_COVER =
      Pattern.compile("Clauses changed: (\\d+)\\. Words deleted: (\\d+); inserted: (\\d+); moved: (\\d+)\\.");
  private static final List<String> CLAUSE_PARTS = List.of("modified", "inserted", "deleted", "moved");

  @TempDir Path dir;

  /** The figures of one report: every count a reader can find in it, by name. */
  private static final class Figures {
    final Map<String, Integer> counts = new LinkedHashMap<>();
    /** Whether the report shows the words of each kind (the command line's summary does not). */
    boolean wordsByKind = true;

    void put(String name, int value) {
      Integer before = counts.put(name, value);
      if (before != null && before != value) {
        throw new AssertionError(name + " is shown as both " + before + " and " + value + " in one report");
      }
    }

    int get(String name) {
      return counts.getOrDefault(name, 0);
    }

    /** Asserts that each total is the sum of its parts, as shown. */
    void checkSums(String format) {
      int edits = 0;
      int deleted = 0;
      int inserted = 0;
      for (ChangeKind kind : ChangeKind.values()) {
        edits += get("changes " + kind.word() + " edits");
        deleted += get("changes " + kind.word() + " deleted");
        inserted += get("changes " + kind.word() + " inserted");
      }
      if (counts.containsKey("changes total edits")) {
        assertEquals(get("changes total edits"), edits, format + ": the total of edits against the sum of the kinds");
      }
      if (wordsByKind) {
        assertEquals(get("words deleted"), deleted, format + ": words deleted against the sum of the kinds");
        assertEquals(get("words inserted"), inserted, format + ": words inserted against the sum of the kinds");
      }
      assertEquals(get("clauses changed"), CLAUSE_PARTS.stream().mapToInt(p -> get("clauses " + p)).sum(), format + ": clauses changed");
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"rev1, rev2", "rev2, rev3"})
  void everyFormatShowsTheSameFiguresAndEachTotalIsTheSumOfItsParts(String from, String to) throws Exception {
    String oldFile = Fixtures.draft("cybercrime", from + ".txt").toString();
    String newFile = Fixtures.draft("cybercrime", to + ".txt").toString();
    Map<String, Figures> formats = new LinkedHashMap<>();
    CommandRun cli = new CommandRun();
    for (String ext : List.of("json", "md", "html", "docx")) {
      Path target = dir.resolve(from + "-" + to + "." + ext);
      assertEquals(ExitCode.OK, cli.run("compare", oldFile, newFile, "--date", "2024-06-14T09:30:00Z", "-o", target.toString()), cli.err.toString());
      formats.put(ext, switch (ext) {
        case "json" -> json(target);
        case "md" -> markdown(Files.readString(target));
        case "html" -> html(Files.readString(target));
        default -> docx(target);
      });
      if (ext.equals("json")) {
        formats.put("summary", summary(cli.out.toString()));
      }
    }
    Figures json = formats.get("json");
    assertEquals(LinkKind.values().length, json.counts.keySet().stream().filter(k -> k.startsWith("articles ")).count(), "every kind is in the JSON");
    for (Map.Entry<String, Figures> e : formats.entrySet()) {
      e.getValue().checkSums(e.getKey());
      for (Map.Entry<String, Integer> count : e.getValue().counts.entrySet()) {
        if (count.getKey().startsWith("changes total ")) {
          continue; // a row of the tables, checked against its parts above
        }
        assertEquals(json.get(count.getKey()), count.getValue(), e.getKey() + " against the JSON: " + count.getKey());
      }
    }
    Figures md = formats.get("md");
    assertTrue(md.get("only renumbered") > 0, "these pairs have articles only renumbered");
    assertEquals(md.get("articles renumbered"), md.get("only renumbered") + renumberedAndListed(Files.readString(dir.resolve(from + "-" + to + ".md"))),
        "Markdown: the renumbered articles are those said to be only renumbered and those listed as renumbered among the changed articles");
    for (String name : List.of("words deleted", "words inserted", "clauses changed", "articles modified", "articles references updated")) {
      for (Map.Entry<String, Figures> e : formats.entrySet()) {
        assertEquals(json.get(name), e.getValue().get(name), e.getKey() + " shows " + name);
      }
    }
  }

  private static Figures json(Path file) throws IOException {
    JsonNode s = new ObjectMapper().readTree(file.toFile()).get("statistics");
    Figures f = new Figures();
    s.get("links").properties().forEach(e -> f.put("articles " + e.getKey(), e.getValue().asInt()));
    s.get("clauses").properties().forEach(e -> f.put("clauses " + e.getKey(), e.getValue().asInt()));
    f.put("clauses changed", s.get("clausesChanged").asInt());
    f.put("words deleted", s.get("wordsDeleted").asInt());
    f.put("words inserted", s.get("wordsInserted").asInt());
    f.put("words moved", s.get("wordsMoved").asInt());
    f.put("only renumbered", s.get("articlesOnlyRenumbered").asInt());
    s.get("changes").properties().forEach(e -> {
      f.put("changes " + e.getKey() + " edits", e.getValue().get("edits").asInt());
      f.put("changes " + e.getKey() + " deleted", e.getValue().get("wordsDeleted").asInt());
      f.put("changes " + e.getKey() + " inserted", e.getValue().get("wordsInserted").asInt());
    });
    return f;
  }

  /** The command line's summary: {@code Articles  7 unchanged, ...}, {@code Clauses   61 changed: ...}, {@code Edits ...}, {@code Words ...}. */
  private static Figures summary(String out) {
    Figures f = new Figures();
    for (String line : out.lines().toList()) {
      String body = line.length() > 12 ? line.substring(12) : "";
      if (line.startsWith("  Articles  ")) {
        counted(body).forEach((k, v) -> f.put("articles " + k, v));
      } else if (line.startsWith("  Clauses   ")) {
        Matcher m = Pattern.compile("(\\d+) changed(?:: (.*))?").matcher(body);
        m.matches();
        f.put("clauses changed", Integer.parseInt(m.group(1)));
        counted(m.group(2) == null ? "" : m.group(2)).forEach((k, v) -> f.put("clauses " + k, v));
      } else if (line.startsWith("  Edits     ")) {
        counted(body.equals("none") ? "" : body).forEach((k, v) -> f.put("changes " + k + " edits", v));
      } else if (line.startsWith("  Words     ")) {
        counted(body).forEach((k, v) -> f.put("words " + k, v));
      }
    }
    f.wordsByKind = false; // the words of each kind are in the files only
    return f;
  }

  /** {@code 7 unchanged, 35 renumbered, 13 references updated} as a map. */
  private static Map<String, Integer> counted(String list) {
    Map<String, Integer> m = new LinkedHashMap<>();
    Matcher item = Pattern.compile("(\\d+) ([a-z ]+?)(?:,|$)").matcher(list.strip());
    while (item.find()) {
      m.put(item.group(2).strip(), Integer.parseInt(item.group(1)));
    }
    return m;
  }

  private static Figures markdown(String md) {
    Figures f = headline(md);
    for (List<List<String>> table : tables(md.lines().toList(), "|")) {
      tableFigures(f, table);
    }
    f.put("words moved", number(md, "Words moved: (\\d+)\\."));
    Matcher only = Pattern.compile("(\\d+) more articles? (?:was|were) only renumbered").matcher(md);
    f.put("only renumbered", only.find() ? Integer.parseInt(only.group(1)) : 0);
    return f;
  }

  private static Figures html(String html) {
    Figures f = headline(html);
    String summary = html.substring(html.indexOf("<h2>Summary</h2>"));
    summary = summary.substring(0, summary.indexOf("</section>"));
    String rows = summary.replace("<table", "\n\n<table").replace("</table>", "\n\n").replace("</tr>", "\n").replaceAll("</t[dh]>", "|").replaceAll("<[^>]+>", "");
    for (List<List<String>> table : tables(rows.lines().toList(), "")) {
      tableFigures(f, table);
    }
    f.put("words moved", number(summary, "Words moved: (\\d+)<"));
    return f;
  }

  private static Figures docx(Path file) throws IOException {
    String xml;
    try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int start = xml.indexOf(">Summary<");
    String summary = xml.substring(start);
    String text = summary.replace("<w:tbl>", "\n\n").replace("</w:tbl>", "\n\n").replace("</w:tr>", "\n").replace("</w:tc>", "|").replace("</w:p>", " ").replaceAll("<[^>]+>", "");
    Figures f = new Figures();
    Matcher cover = WORD_COVER.matcher(text);
    if (!cover.find()) {
      throw new AssertionError("no counts on the Word cover: " + text.substring(0, Math.min(400, text.length())));
    }
    f.put("clauses changed", Integer.parseInt(cover.group(1)));
    f.put("words deleted", Integer.parseInt(cover.group(2)));
    f.put("words inserted", Integer.parseInt(cover.group(3)));
    f.put("words moved", Integer.parseInt(cover.group(4)));
    List<String> lines = text.lines().map(l -> l.replaceAll("\\| +", "|").strip()).toList();
    List<List<List<String>>> tables = tables(lines, "");
    for (List<List<String>> table : tables.subList(0, Math.min(3, tables.size()))) {
      tableFigures(f, table);
    }
    return f;
  }

  /**
   * How many articles the Markdown's table of changed articles says were renumbered, each counted
   * at its place in the new draft (a moved article is listed where it stood too, without a new number).
   */
  private static int renumberedAndListed(String md) {
    List<List<String>> table = tables(md.substring(md.indexOf("## Changed articles")).lines().toList(), "|").get(0);
    return (int) table.subList(1, table.size()).stream().filter(row -> row.get(3).contains("renumbered") && !row.get(1).equals("\u2014")).count();
  }

  /** The Headline sentence of the Markdown and HTML reports. */
  private static Figures headline(String text) {
    Matcher m = HEADLINE.matcher(text);
    if (!m.find()) {
      throw new AssertionError("no counts sentence");
    }
    Figures f = new Figures();
    counted(m.group(3)).forEach((k, v) -> f.put("articles " + k, v));
    f.put("clauses changed", Integer.parseInt(m.group(4)));
    f.put("words deleted", Integer.parseInt(m.group(5)));
    f.put("words inserted", Integer.parseInt(m.group(6)));
    if (m.group(7) != null) {
      f.put("words moved", Integer.parseInt(m.group(7)));
    }
    return f;
  }

  /** Tables as rows of cells: runs of lines holding cell separators, split at blank lines. */
  private static List<List<List<String>>> tables(List<String> lines, String edge) {
    List<List<List<String>>> tables = new ArrayList<>();
    List<List<String>> current = new ArrayList<>();
    for (String line : lines) {
      if (!line.contains("|") || line.startsWith("| ---")) {
        if (!current.isEmpty() && !line.startsWith("| ---")) {
          tables.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String row = line.strip();
      if (!edge.isEmpty() && row.startsWith(edge)) {
        row = row.substring(1);
      }
      List<String> cells = new ArrayList<>();
      for (String cell : row.split("\\|")) {
        cells.add(cell.strip());
      }
      current.add(cells);
    }
    if (!current.isEmpty()) {
      tables.add(current);
    }
    return tables;
  }

  /** The figures of a summary table, named by its first header cell: Articles, Clauses or Changes by kind. */
  private static void tableFigures(Figures f, List<List<String>> table) {
    String kind = table.get(0).get(0);
    for (List<String> row : table.subList(1, table.size())) {
      switch (kind) {
        case "Articles" -> f.put("articles " + row.get(0), Integer.parseInt(row.get(1)));
        case "Clauses" -> f.put(row.get(0).equals("total") ? "clauses changed" : "clauses " + row.get(0), Integer.parseInt(row.get(1)));
        case "Changes by kind" -> {
          String name = row.get(0).equals("total") ? "total" : row.get(0);
          f.put("changes " + name + " edits", Integer.parseInt(row.get(1)));
          f.put("changes " + name + " deleted", Integer.parseInt(row.get(2)));
          f.put("changes " + name + " inserted", Integer.parseInt(row.get(3)));
          if (name.equals("total")) {
            f.put("words deleted", Integer.parseInt(row.get(2)));
            f.put("words inserted", Integer.parseInt(row.get(3)));
          }
        }
        default -> { }
      }
    }
  }

  private static int number(String text, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    if (!m.find()) {
      throw new AssertionError("not found: " + pattern);
    }
    return Integer.parseInt(m.group(1));
  }
}

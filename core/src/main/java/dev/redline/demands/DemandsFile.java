package dev.redline.demands;

import dev.redline.internal.StrictYaml;
import dev.redline.read.DraftReaders;
import dev.redline.model.Demand;
import dev.redline.model.DemandCheck;
import dev.redline.model.DemandTarget;
import dev.redline.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A demands file: YAML in the form described by {@code docs/demands.schema.json}, read into
 * {@link Demand}s. Every problem is reported with its line, column, field and what was expected.
 *
 * @param file the file read
 * @param demands the demands, in file order
 */
public record DemandsFile(Path file, List<Demand> demands) {
  /** The version this reader understands, in the file's {@code redline-demands} field. */
  public static final int VERSION = 1;

  private static final Set<String> CHECKS = Set.of("deleted", "changed", "contains", "contains-any", "excludes", "review", "all", "any");
  /** An article number (checked and normalised by the readers' grammar), then paragraph labels. */
  private static final Pattern PROVISION =
      Pattern.compile("^\\s*((?:\\d{1,6}|premier)[^()]{0,40}?)\\s*((?:\\(\\s*[0-9a-z]{1,5}\\s*\\)\\s*)*)$");
  private static final Pattern LABEL = Pattern.compile("\\(\\s*([0-9a-z]{1,5})\\s*\\)");
  private static final long MAX_BYTES = 4L << 20;

  public DemandsFile {
    demands = List.copyOf(demands);
  }

  /** Reads and checks a demands file. */
  public static DemandsFile read(Path file) throws DemandsFileException, IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new DemandsFileException(file, new Position(1, 1), "", "the file is larger than 4 MiB; is it a demands file?");
    }
    Node root;
    try {
      root = StrictYaml.compose(StrictYaml.decode(Files.readAllBytes(file)));
    } catch (StrictYaml.Problem e) {
      throw new DemandsFileException(file, new Position(e.line(), e.column()), "", e.getMessage());
    }
    return new DemandsFile(file, new Parser(file).file(root));
  }

  private static Position position(Mark mark) {
    return mark == null ? new Position(1, 1) : new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Walks the YAML nodes; every problem becomes a {@link DemandsFileException}. */
  private static final class Parser {
    private final Path file;

    Parser(Path file) {
      this.file = file;
    }

    List<Demand> file(Node root) throws DemandsFileException {
      if (root == null) {
        throw fail(new Position(1, 1), "", "a mapping with 'redline-demands: 1' and 'demands', found an empty file");
      }
      Map<String, Node> top = mapping(root, "the file", Set.of("redline-demands", "demands", "letters"));
      Node version = require(top, "redline-demands", root);
      if (!scalar(version, "redline-demands").equals(String.valueOf(VERSION))) {
        throw fail(version, "redline-demands", "expected " + VERSION + ", found " + scalar(version, "redline-demands"));
      }
      Node list = require(top, "demands", root);
      if (!(list instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
        throw fail(list, "demands", "expected a list of demands, found " + describe(list));
      }
      List<Demand> demands = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (Node item : seq.getValue()) {
        Demand d = demand(item);
        if (!ids.add(d.id())) {
          throw fail(item, "id", "expected a unique id, found '" + d.id() + "' a second time");
        }
        demands.add(d);
      }
      return demands;
    }

    private Demand demand(Node node) throws DemandsFileException {
      Map<String, Node> m =
          mapping(
              node,
              "demand",
              Set.of("id", "title", "source", "numbering", "target", "targets", "topic", "check", "note", "draft", "quote", "confidence"));
      String id = scalar(require(m, "id", node), "id");
      String title = scalar(require(m, "title", node), "title");
      String source = m.containsKey("source") ? scalar(m.get("source"), "source") : "";
      String numbering = m.containsKey("numbering") ? scalar(m.get("numbering"), "numbering") : "";
      List<DemandTarget> targets = new ArrayList<>();
      if (m.containsKey("target")) {
        targets.add(provision(m.get("target")));
      }
      if (m.containsKey("targets")) {
        for (Node t : sequence(m.get("targets"), "targets")) {
          targets.add(provision(t));
        }
      }
      if (m.containsKey("topic")) {
        targets.add(new DemandTarget.Topic(strings(m.get("topic"), "topic"), position(m.get("topic"))));
      }
      if (targets.isEmpty()) {
        throw fail(node, "target", "expected one of 'target', 'targets' or 'topic' in demand " + id);
      }
      boolean provisions = targets.stream().anyMatch(t -> t instanceof DemandTarget.Provision);
      if (provisions && numbering.isEmpty()) {
        throw fail(node, "numbering", "expected the revision whose numbers the targets use (such as Rev.3) in demand " + id);
      }
      DemandCheck check = check(require(m, "check", node), "check");
      boolean draft = false;
      if (m.containsKey("draft")) {
        String d = scalar(m.get("draft"), "draft");
        if (!d.equals("true") && !d.equals("false")) {
          throw fail(m.get("draft"), "draft", "expected true or false, found '" + d + "'");
        }
        draft = d.equals("true");
      }
      if (m.containsKey("quote")) {
        scalar(m.get("quote"), "quote");
      }
      if (m.containsKey("confidence")) {
        String c = scalar(m.get("confidence"), "confidence");
        double value;
        try {
          value = Double.parseDouble(c);
        } catch (NumberFormatException e) {
          value = -1;
        }
        if (!(value >= 0 && value <= 1)) {
          throw fail(m.get("confidence"), "confidence", "expected a number from 0 to 1, found '" + c + "'");
        }
      }
      return new Demand(id, title, source, numbering, targets, check, position(node), draft);
    }

    private DemandTarget.Provision provision(Node node) throws DemandsFileException {
      String text = scalar(node, "target");
      Matcher matcher = PROVISION.matcher(text.replaceFirst("^\\s*(?i:art(icle)?)\\.?\\s*", ""));
      java.util.Optional<String> number = matcher.matches() ? DraftReaders.articleNumber(matcher.group(1)) : java.util.Optional.empty();
      if (number.isEmpty()) {
        throw fail(node, "target", "expected an article such as 18, 28(4), 36(1)(b) or 11 ter A, found '" + text + "'");
      }
      List<String> labels = new ArrayList<>();
      Matcher l = LABEL.matcher(matcher.group(2).toLowerCase(java.util.Locale.ROOT));
      while (l.find()) {
        labels.add(l.group(1));
      }
      return new DemandTarget.Provision(number.get(), labels, position(node));
    }

    private DemandCheck check(Node node, String field) throws DemandsFileException {
      Map<String, Node> m = mapping(node, field, null);
      List<String> kinds = m.keySet().stream().filter(CHECKS::contains).toList();
      for (String key : m.keySet()) {
        if (!CHECKS.contains(key) && !key.equals("weight") && !key.equals("label")) {
          throw fail(keyNode(node, key), field, "expected one of " + String.join(", ", sorted(CHECKS)) + ", found '" + key + "'");
        }
      }
      if (kinds.size() != 1) {
        throw fail(node, field, "expected exactly one of " + String.join(", ", sorted(CHECKS)) + ", found " + (kinds.isEmpty() ? "none" : String.join(" and ", kinds)));
      }
      String kind = kinds.get(0);
      Node value = m.get(kind);
      return switch (kind) {
        case "deleted" -> {
          requireTrue(value, kind);
          yield new DemandCheck.Deleted();
        }
        case "changed" -> {
          requireTrue(value, kind);
          yield new DemandCheck.Changed();
        }
        case "contains" -> new DemandCheck.Contains(strings(value, kind), false);
        case "contains-any" -> new DemandCheck.Contains(strings(value, kind), true);
        case "excludes" -> new DemandCheck.Excludes(strings(value, kind));
        case "review" -> new DemandCheck.Review(nonEmpty(value, kind));
        default -> {
          List<DemandCheck.Part> parts = new ArrayList<>();
          for (Node part : sequence(value, kind)) {
            Map<String, Node> pm = mapping(part, kind, null);
            double weight = 1;
            if (pm.containsKey("weight")) {
              String w = scalar(pm.get("weight"), "weight");
              try {
                weight = Double.parseDouble(w);
              } catch (NumberFormatException e) {
                weight = -1;
              }
              if (!(weight > 0)) {
                throw fail(pm.get("weight"), "weight", "expected a number above 0, found '" + w + "'");
              }
            }
            String label = pm.containsKey("label") ? scalar(pm.get("label"), "label") : "";
            parts.add(new DemandCheck.Part(check(part, kind), weight, label));
          }
          yield kind.equals("all") ? new DemandCheck.AllOf(parts) : new DemandCheck.AnyOf(parts);
        }
      };
    }

    private void requireTrue(Node value, String field) throws DemandsFileException {
      if (!scalar(value, field).equals("true")) {
        throw fail(value, field, "expected true, found '" + scalar(value, field) + "'");
      }
    }

    private List<String> strings(Node node, String field) throws DemandsFileException {
      if (node instanceof ScalarNode) {
        return List.of(nonEmpty(node, field));
      }
      List<String> list = new ArrayList<>();
      for (Node item : sequence(node, field)) {
        list.add(nonEmpty(item, field));
      }
      if (list.isEmpty()) {
        throw fail(node, field, "expected at least one phrase, found an empty list");
      }
      return list;
    }

    private String nonEmpty(Node node, String field) throws DemandsFileException {
      String s = scalar(node, field);
      if (s.isBlank()) {
        throw fail(node, field, "expected a phrase, found an empty string");
      }
      return s;
    }

    private List<Node> sequence(Node node, String field) throws DemandsFileException {
      if (!(node instanceof SequenceNode seq)) {
        throw fail(node, field, "expected a list, found " + describe(node));
      }
      return seq.getValue();
    }

    private Map<String, Node> mapping(Node node, String field, Set<String> allowed) throws DemandsFileException {
      if (!(node instanceof MappingNode map)) {
        throw fail(node, field, "expected a mapping (key: value lines), found " + describe(node));
      }
      Map<String, Node> result = new LinkedHashMap<>();
      for (NodeTuple t : map.getValue()) {
        String key = scalar(t.getKeyNode(), field);
        if (allowed != null && !allowed.contains(key)) {
          throw fail(t.getKeyNode(), key, "unknown field; expected one of " + String.join(", ", sorted(allowed)));
        }
        result.put(key, t.getValueNode());
      }
      return result;
    }

    private Node keyNode(Node mapping, String key) {
      for (NodeTuple t : ((MappingNode) mapping).getValue()) {
        if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
          return t.getKeyNode();
        }
      }
      return mapping;
    }

    private Node require(Map<String, Node> m, String key, Node parent) throws DemandsFileException {
      Node n = m.get(key);
      if (n == null) {
        throw fail(parent, key, "expected this field, but it is missing");
      }
      return n;
    }

    private String scalar(Node node, String field) throws DemandsFileException {
      if (!(node instanceof ScalarNode s)) {
        throw fail(node, field, "expected a single value, found " + describe(node));
      }
      return s.getValue();
    }

    private static String describe(Node node) {
      if (node instanceof ScalarNode s) {
        return "'" + s.getValue() + "'";
      }
      return node instanceof SequenceNode ? "a list" : "a mapping";
    }

    private static List<String> sorted(Set<String> set) {
      return set.stream().sorted().toList();
    }

    private DemandsFileException fail(Node node, String field, String problem) {
      return fail(position(node), field, problem);
    }

    private DemandsFileException fail(Position at, String field, String problem) {
      return new DemandsFileException(file, at, field, problem);
    }

    private static Position position(Node node) {
      return DemandsFile.position(node.getStartMark());
    }
  }
}

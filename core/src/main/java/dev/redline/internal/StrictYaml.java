package dev.redline.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML read strictly, for the files a user writes by hand (demands, settings): the encoding told
 * from a byte-order mark or refused where it is not UTF-8, duplicate keys refused with both lines,
 * an alias that refers to what holds it refused, and the tree (aliases expanded) kept to a size and
 * depth no hand-written file reaches. Every problem has a line and column. Stateless and
 * thread-safe.
 */
public final class StrictYaml {
  /** The most nodes the tree may have, aliases expanded: far beyond a hand-written file. */
  public static final int MAX_NODES = 100_000;
  /** The most characters its values may hold, aliases expanded. */
  public static final long MAX_CHARS = 16L << 20;
  /** The deepest nesting of lists and mappings. */
  public static final int MAX_DEPTH = 50;

  private StrictYaml() {}

  /** A problem with a YAML file, at a line and column (both from 1). */
  public static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    /**
     * @param line the line, from 1
     * @param column the column, from 1
     * @param message what is wrong, without the position
     */
    public Problem(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }

    /** The line, from 1. */
    public int line() {
      return line;
    }

    /** The column, from 1. */
    public int column() {
      return column;
    }
  }

  /**
   * The text of the file's bytes: UTF-8 (a byte-order mark is dropped), or UTF-16 or UTF-32 where a
   * byte-order mark says so.
   *
   * @throws Problem at the first byte that is not UTF-8, saying to save the file as UTF-8
   */
  public static String decode(byte[] bytes) throws Problem {
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (Bytes.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
    } else if (Bytes.startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      charset = Charset.forName("UTF-32BE");
      offset = 4;
    } else if (Bytes.startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      charset = Charset.forName("UTF-32LE");
      offset = 4;
    } else if (Bytes.startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (Bytes.startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    }
    if (charset == StandardCharsets.UTF_8) {
      for (int i = offset; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          int[] at = position(bytes, offset, i);
          throw new Problem(at[0], at[1], "the file holds NUL bytes, so it is not UTF-8 text; "
              + (i < offset + 2 ? "it looks like UTF-16 without a byte-order mark; " : "") + "save it as UTF-8");
        }
      }
    }
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      if (charset != StandardCharsets.UTF_8) {
        throw new Problem(1, 1, "the file starts with a byte-order mark for " + charset.name() + " but is not valid " + charset.name());
      }
      int bad = firstBadUtf8(bytes, offset);
      int[] at = position(bytes, offset, bad);
      throw new Problem(at[0], at[1], String.format(java.util.Locale.ROOT,
          "the file is not UTF-8 (byte 0x%02X here), perhaps Latin-1 or Windows-1252; save it as UTF-8", bytes[bad] & 0xFF));
    }
  }

  /** The line and column (from 1, in characters) of a byte of UTF-8 text valid up to it. */
  private static int[] position(byte[] bytes, int from, int at) {
    int line = 1;
    int start = from;
    for (int i = from; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        start = i + 1;
      }
    }
    String before = new String(bytes, start, at - start, StandardCharsets.UTF_8);
    return new int[] {line, before.codePointCount(0, before.length()) + 1};
  }

  /** The offset of the first byte that does not decode as UTF-8. */
  private static int firstBadUtf8(byte[] bytes, int from) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }


  /**
   * The YAML tree of the text, checked: no duplicate keys, no alias that refers to what holds it,
   * at most {@link #MAX_NODES} nodes and {@link #MAX_CHARS} characters of values with aliases
   * expanded, nesting at most {@link #MAX_DEPTH} deep.
   *
   * @return the root, or null for an empty document
   * @throws Problem with the line and column of the problem
   */
  public static Node compose(String text) throws Problem {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(MAX_DEPTH);
    Node root;
    try {
      root = new Yaml(options).compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new Problem(mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
          "invalid YAML: " + firstLine(e.getProblem()));
    } catch (YAMLException | IllegalArgumentException e) {
      // SnakeYAML refuses some tags (such as '!%0') with an IllegalArgumentException and no position.
      throw new Problem(1, 1, "invalid YAML: " + firstLine(e.getMessage()));
    } catch (StackOverflowError e) {
      throw new Problem(1, 1, "invalid YAML: nested too deeply");
    }
    if (root != null) {
      check(root);
    }
    return root;
  }

  private static String firstLine(String message) {
    return message == null ? "no detail" : message.lines().findFirst().orElse("").strip();
  }

  /** Walks the tree without recursion, expanding aliases, and stops at the first problem. */
  private static void check(Node root) throws Problem {
    Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> work = new ArrayDeque<>();
    work.push(root);
    long nodes = 0;
    long chars = 0;
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item instanceof Done done) {
        open.remove(done.node());
        continue;
      }
      Node node = (Node) item;
      if (!open.add(node)) {
        throw problem(node, "an alias refers to the list or mapping that holds it, which would never end");
      }
      if (++nodes > MAX_NODES) {
        throw problem(node, "the file expands to more than " + MAX_NODES + " values (through its aliases); no demands file is that large");
      }
      work.push(new Done(node));
      if (node instanceof ScalarNode s) {
        chars += s.getValue().length();
        if (chars > MAX_CHARS) {
          throw problem(node, "the file's values expand to more than " + MAX_CHARS + " characters (through its aliases)");
        }
      } else if (node instanceof SequenceNode seq) {
        for (int i = seq.getValue().size() - 1; i >= 0; i--) {
          work.push(seq.getValue().get(i));
        }
      } else if (node instanceof MappingNode map) {
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode key) {
            Node first = seen.putIfAbsent(key.getValue(), key);
            if (first != null) {
              throw problem(key, "the key '" + key.getValue() + "' appears twice in the same mapping, at lines "
                  + (first.getStartMark().getLine() + 1) + " and " + (key.getStartMark().getLine() + 1) + "; keep one");
            }
          }
        }
        for (int i = map.getValue().size() - 1; i >= 0; i--) {
          work.push(map.getValue().get(i).getValueNode());
          work.push(map.getValue().get(i).getKeyNode());
        }
      }
    }
  }

  private record Done(Node node) {}

  private static Problem problem(Node node, String message) {
    Mark mark = node.getStartMark();
    return new Problem(mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1, message);
  }
}

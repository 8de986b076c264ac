package dev.redline.cli;

import dev.redline.internal.StrictYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for the command line's options from {@code redline.yaml} in the working directory. A
 * setting is an option's long name without its dashes; at the top it applies to every command that
 * has that option, under a command's name to that command only; the command line wins over both:
 *
 * <pre>
 * author: Delegation of Freedonia
 * date: 2024-06-14T09:00:00Z
 * color: never
 * compare:
 *   format: html
 * </pre>
 *
 * <p>Every option but {@code --output}, {@code --help} and {@code --version} can be set. An unknown
 * setting, a list where a value belongs, or a file that is not YAML is an error naming the file and
 * line, and the command does not run (exit code 2).
 */
final class ConfigFile implements CommandLine.IDefaultValueProvider {
  /** The file looked for in the working directory. */
  static final String NAME = "redline.yaml";

  private static final long MAX_BYTES = 1L << 20;
  private static final Set<String> NOT_SETTABLE = Set.of("output", "help", "version");

  private final Path file;
  private final Map<String, String> everywhere = new HashMap<>();
  private final Map<String, Map<String, String>> perCommand = new HashMap<>();
  private final Map<String, Integer> lines = new HashMap<>();
  private String problem;

  private ConfigFile(Path file) {
    this.file = file;
  }

  /**
   * The settings of the file, checked against the commands of {@code root}; none when the file does
   * not exist. A bad file gives a provider whose {@link #problem()} says what is wrong.
   */
  static ConfigFile load(Path file, CommandLine root) {
    ConfigFile config = new ConfigFile(file);
    if (!Files.exists(file)) {
      return config;
    }
    if (!Files.isRegularFile(file)) {
      config.problem = file + ": is not a regular file (a folder, device, pipe or socket); settings are read only from a regular file";
      return config;
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        config.problem = file + ": is larger than 1 MiB; is it a settings file?";
        return config;
      }
      Node node = StrictYaml.compose(StrictYaml.decode(Files.readAllBytes(file)));
      if (node != null) {
        config.read(node, root);
      }
    } catch (NoSuchFileException e) {
      // No file, no defaults.
    } catch (IOException e) {
      config.problem = file + ": cannot be read: " + e.getMessage();
    } catch (StrictYaml.Problem e) {
      config.problem = file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage();
    } catch (IllegalArgumentException e) {
      config.problem = e.getMessage();
    }
    return config;
  }

  /** What is wrong with the file, if anything. */
  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Whether the option's default comes from the file, for error messages. */
  boolean sets(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || arg.command() == null) {
      return false;
    }
    String key = key(option);
    return perCommand.getOrDefault(arg.command().name(), Map.of()).containsKey(key) || everywhere.containsKey(key);
  }

  /** The line of the file that sets this option. */
  String where(ArgSpec arg) {
    String key = arg instanceof OptionSpec option ? key(option) : "";
    String section = arg.command() == null ? "" : arg.command().name() + ".";
    Integer line = lines.getOrDefault(section + key, lines.get(key));
    return file + (line == null ? "" : ":" + line);
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (problem != null || !(arg instanceof OptionSpec option) || arg.command() == null) {
      return null;
    }
    String key = key(option);
    String value = perCommand.getOrDefault(arg.command().name(), Map.of()).get(key);
    return value != null ? value : everywhere.get(key);
  }

  private static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^--?", "");
  }

  private void read(Node node, CommandLine root) {
    MappingNode top = mapping(node, "the file should be a list of settings, such as 'author: Your Name'");
    Map<String, CommandSpec> commands = new LinkedHashMap<>();
    root.getSubcommands().forEach((name, sub) -> commands.put(name, sub.getCommandSpec()));
    Set<String> anywhere = new TreeSet<>();
    commands.values().forEach(spec -> anywhere.addAll(settable(spec)));
    for (NodeTuple tuple : top.getValue()) {
      String key = scalar(tuple.getKeyNode(), "a setting's name");
      int line = tuple.getKeyNode().getStartMark().getLine() + 1;
      if (commands.containsKey(key) && tuple.getValueNode() instanceof MappingNode section) {
        Set<String> known = settable(commands.get(key));
        for (NodeTuple inner : section.getValue()) {
          String name = scalar(inner.getKeyNode(), "a setting's name");
          int innerLine = inner.getKeyNode().getStartMark().getLine() + 1;
          if (!known.contains(name)) {
            throw new IllegalArgumentException(file + ":" + innerLine + ": " + key + " has no setting '" + name + "'; it has " + String.join(", ", known));
          }
          perCommand.computeIfAbsent(key, k -> new HashMap<>()).put(name, scalar(inner.getValueNode(), "the value of " + key + "." + name));
          lines.put(key + "." + name, innerLine);
        }
      } else if (anywhere.contains(key)) {
        everywhere.put(key, scalar(tuple.getValueNode(), "the value of " + key));
        lines.put(key, line);
      } else {
        throw new IllegalArgumentException(file + ":" + line + ": unknown setting '" + key + "'; settings are "
            + String.join(", ", anywhere) + ", or a command's name (" + String.join(", ", commands.keySet()) + ") over its own settings");
      }
    }
  }

  private static Set<String> settable(CommandSpec spec) {
    Set<String> names = new TreeSet<>();
    for (OptionSpec option : spec.options()) {
      String key = key(option);
      if (!NOT_SETTABLE.contains(key)) {
        names.add(key);
      }
    }
    return names;
  }

  private MappingNode mapping(Node node, String expected) {
    if (node instanceof MappingNode m) {
      return m;
    }
    throw new IllegalArgumentException(file + ":" + (node.getStartMark().getLine() + 1) + ": " + expected);
  }

  private String scalar(Node node, String what) {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    throw new IllegalArgumentException(file + ":" + (node.getStartMark().getLine() + 1) + ": " + what + " should be a single value, not a list or a section");
  }
}

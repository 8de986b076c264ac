package dev.redline.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options every command that works on drafts takes for its messages: quiet, and colour. */
final class OutputOptions {
  @Option(names = {"-q", "--quiet"}, arity = "0..1", fallbackValue = "true", paramLabel = "true|false", description = "Print nothing but errors (and the results asked for on standard output): no progress, no warnings, no summary (--quiet=false undoes a redline.yaml default).")
  boolean quiet;

  @Option(
      names = "--color",
      paramLabel = "auto|always|never",
      defaultValue = "auto",
      converter = ColourConverter.class,
      description = "Colour the summary: auto (when standard output is a terminal and NO_COLOR is not set), always or never (default: ${DEFAULT-VALUE}).")
  Console.Colour colour = Console.Colour.AUTO;

  /** The console for a command, writing to its streams. */
  Console console(CommandSpec spec) {
    return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet, colour, Console.system, System.getenv());
  }

  /** Reads {@code auto}, {@code always} and {@code never} in any case. */
  static final class ColourConverter implements picocli.CommandLine.ITypeConverter<Console.Colour> {
    @Override
    public Console.Colour convert(String value) {
      for (Console.Colour c : Console.Colour.values()) {
        if (c.name().equalsIgnoreCase(value)) {
          return c;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected auto, always or never, not '" + value + "'");
    }
  }
}

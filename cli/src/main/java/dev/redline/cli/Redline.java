package dev.redline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code redline} command: compares drafts of treaties, bills and other structured texts. */
@Command(
    name = "redline",
    mixinStandardHelpOptions = true,
    versionProvider = Redline.Version.class,
    description = "Compares successive drafts of a treaty, bill or other structured text, and writes a Word redline, a web page, JSON or a Markdown summary.",
    footer = {"", "Any option but --output can also be set in redline.yaml in the working directory, such as 'author: Your Name', at the top for every command or under a command's name; the command line wins."},
    subcommands = {
      CompareCommand.class, HistoryCommand.class, AlignCommand.class, CheckCommand.class, DemandsCommand.class, ParseCommand.class,
      ServeCommand.class, DemoCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class
    })
public final class Redline implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error, print the stack trace on standard error instead of writing it to a log file.")
  boolean debug;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: compare, history, align, check, parse, serve, demo, completion or help");
  }

  /**
   * The command line, configured with Redline's exit codes and error handling, and with the
   * defaults of {@code redline.yaml} in the working directory, if there is one.
   */
  public static CommandLine commandLine() {
    return commandLine(Path.of(ConfigFile.NAME));
  }

  /** The command line, with the defaults of this settings file (if it exists). */
  static CommandLine commandLine(Path settingsFile) {
    CommandLine cmd = new CommandLine(new Redline());
    java.util.Map<String, String> codes = ExitCode.descriptions();
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    cmd.getSubcommands().values().forEach(
        sub -> sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes));
    ConfigFile settings = ConfigFile.load(settingsFile, cmd);
    cmd.setDefaultValueProvider(settings);
    cmd.setParameterExceptionHandler((ex, args) -> {
      CommandLine where = ex.getCommandLine();
      String origin = ex.getArgSpec() != null && settings.sets(ex.getArgSpec()) ? " (the default set in " + settings.where(ex.getArgSpec()) + ")" : "";
      where.getErr().println("redline: error: " + ex.getMessage() + origin);
      where.getErr().println("Try '" + where.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCode.USAGE;
    });
    cmd.setExecutionStrategy(parseResult -> {
      if (settings.problem().isPresent() && !parseResult.isVersionHelpRequested() && !parseResult.isUsageHelpRequested()) {
        cmd.getErr().println("redline: error: " + Console.printable(settings.problem().get()));
        return ExitCode.USAGE;
      }
      try {
        return new CommandLine.RunLast().execute(parseResult);
      } catch (CommandLine.ParameterException | CommandLine.ExecutionException e) {
        throw e;
      } catch (RuntimeException | Error e) {
        return Unexpected.report(e, subject(parseResult), cmd.getErr(), debug(parseResult));
      }
    });
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> Unexpected.report(ex, subject(parseResult), commandLine.getErr(), debug(parseResult)));
    return cmd;
  }

  /** The command's name, for an error that names no file. */
  private static String subject(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult last = parseResult;
    while (last.subcommand() != null) {
      last = last.subcommand();
    }
    return last.commandSpec().qualifiedName();
  }

  /** Whether {@code --debug} was given, before or after the command's name. */
  private static boolean debug(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the command line and exits with its exit code (see {@link ExitCode}). Even an error
   * outside every command (the settings file, the command line itself) ends in one line.
   */
  public static void main(String[] args) {
    int code;
    try {
      Console.system = Console.Terminals.ofThisProcess(System.getenv());
      code = commandLine().execute(args);
    } catch (RuntimeException | Error e) {
      java.io.PrintWriter err = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
      code = Unexpected.report(e, "redline", err, java.util.Arrays.asList(args).contains("--debug"));
    }
    System.exit(code);
  }

  /** The version and commit, as {@code --version} prints them. */
  static String versionLine() {
    try {
      return new Version().getVersion()[0];
    } catch (IOException | RuntimeException e) {
      return "redline (version unknown)";
    }
  }

  /** Reads the version written into the jar at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Redline.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      Properties git = new Properties();
      try (InputStream in = Redline.class.getResourceAsStream("git.properties")) {
        if (in != null) {
          git.load(in);
        }
      }
      String commit = git.getProperty("git.commit.id.abbrev", "unknown");
      if ("true".equals(git.getProperty("git.dirty"))) {
        commit += " with uncommitted changes";
      }
      return new String[] {"redline " + p.getProperty("version", "unknown") + " (commit " + commit + ")"};
    }
  }
}

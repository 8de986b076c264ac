package dev.redline.cli;

import dev.redline.read.ReadOptions;
import dev.redline.web.RedlineServer;
import dev.redline.web.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code redline serve}: the web app, on this machine only, until Ctrl-C. Its limits on uploads are
 * those every command reads drafts with ({@code --max-size}, {@code --max-pages}, {@code
 * --max-articles}); {@code --timeout} is left out, since the server runs until stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts Redline's web app on 127.0.0.1 and opens it in the browser: drop",
      "drafts on the page, read the report there, download the Word redline, the",
      "JSON and the tracker. Projects are kept in the workspace folder. Nothing",
      "leaves this computer. Ctrl-C stops it."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin ReadLimits limits;

  @Option(names = "--port", paramLabel = "P", defaultValue = "0", description = "The port to listen on (default: a free one).")
  int port;

  @Option(names = "--no-browser", description = "Do not open the browser; open the address printed instead.")
  boolean noBrowser;

  @Option(names = "--workspace", paramLabel = "DIR", description = "Where projects are kept (default: $XDG_DATA_HOME/redline or ~/.local/share/redline).")
  Path workspace;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port takes a number from 0 to 65535, not " + port);
    }
    ReadOptions options = limits.apply(ReadOptions.DEFAULTS);
    Path folder = workspace != null ? workspace : Workspace.defaultFolder(System.getenv());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RedlineServer server;
    try {
      server = RedlineServer.builder(folder).port(port).readOptions(options).start();
    } catch (IOException e) {
      err.println("redline: error: " + e.getMessage());
      return ExitCode.OUTPUT_FAILED;
    }
    Thread stopper = new Thread(() -> {
      try {
        server.close();
      } catch (IOException e) {
        err.println("redline: error: " + e.getMessage());
        err.flush();
      }
    }, "redline-serve-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    out.println("Redline is running at " + server.url());
    out.println("Projects are kept in " + server.workspace() + ". Press Ctrl-C to stop.");
    out.flush();
    if (!noBrowser && !openBrowser(server.url().toString())) {
      err.println("redline: could not open a browser; open the address above.");
      err.flush();
    }
    server.awaitStop();
    return ExitCode.OK;
  }

  /** Opens the address in the user's browser; false when there is no way to. */
  private static boolean openBrowser(String url) {
    try {
      if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
        return true;
      }
    } catch (IOException | RuntimeException e) {
      // try the desktop's opener below
    }
    for (String opener : new String[] {"xdg-open", "open"}) {
      try {
        new ProcessBuilder(opener, url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return true;
      } catch (IOException e) {
        // not on this system
      }
    }
    return false;
  }
}

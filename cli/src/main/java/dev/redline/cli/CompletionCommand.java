package dev.redline.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code redline completion}: prints a bash (and zsh) completion script for every command and option. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a shell completion script. Use it with:",
      "  source <(redline completion)        (bash; zsh after autoload -U +X bashcompinit && bashcompinit)"
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("redline", spec.parent().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}

package dev.redline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redline demands LETTER [--against DRAFT] [-o FILE]}: a demands file drafted from a letter. */
@Command(
    name = "demands",
    mixinStandardHelpOptions = true,
    description = {
      "Drafts a demands file from a letter or position paper (.txt, .md, .docx or .pdf): every",
      "remedy it asks for, with the sentence quoted, its page and line, a confidence and why each",
      "check was chosen. Every demand is marked draft: true for review. With --against, targets are",
      "checked against that draft and topics get proposed articles. Offline and deterministic."
    })
final class DemandsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin Limits limits;

  @picocli.CommandLine.Mixin OutputOptions messages;

  @Parameters(index = "0", paramLabel = "LETTER", description = "The letter (.txt, .md, .docx or .pdf).")
  Path letter;

  @Option(names = "--against", paramLabel = "DRAFT", description = "The draft whose article numbers the letter uses; its revision becomes the demands' numbering.")
  Path against;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.yaml", description = "Write the demands file here (default: standard output).")
  Path output;

  @Override
  public Integer call() throws Exception {
    return limits.run(
        () -> new Pipeline(messages.console(spec)).reading(limits.apply(dev.redline.read.ReadOptions.DEFAULTS)).draftDemands(letter, against, output),
        spec.commandLine().getErr());
  }
}

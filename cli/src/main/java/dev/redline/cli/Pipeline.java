package dev.redline.cli;

import dev.redline.align.Aligner;
import dev.redline.diff.ClauseDiffer;
import dev.redline.model.Comparison;
import dev.redline.model.Draft;
import dev.redline.read.DraftReadException;
import dev.redline.read.DraftReaders;
import dev.redline.report.docx.DocxRedlineWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Reads two drafts, compares them and writes the Word redline, reporting to the user's streams. */
final class Pipeline {
  private final PrintWriter out;
  private final PrintWriter err;

  Pipeline(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  int compare(Path oldFile, Path newFile, Path target, DocxRedlineWriter writer) {
    Draft oldDraft;
    Draft newDraft;
    try {
      oldDraft = read(oldFile);
      newDraft = read(newFile);
    } catch (DraftReadException e) {
      err.println("redline: error: " + e.getMessage());
      return switch (e.problem()) {
        case NOT_FOUND, NOT_READABLE -> ExitCode.INPUT_MISSING;
        case EMPTY, BINARY, UNSUPPORTED_FORMAT, CORRUPT, ENCRYPTED, NO_ARTICLES -> ExitCode.INPUT_UNUSABLE;
      };
    }
    Comparison comparison = new ClauseDiffer().compare(new Aligner().align(oldDraft, newDraft));
    try {
      writer.write(comparison, target);
    } catch (IOException e) {
      err.println("redline: error: " + e.getMessage());
      return ExitCode.OUTPUT_FAILED;
    }
    out.println("Wrote " + target);
    out.println(Summary.of(comparison));
    return ExitCode.OK;
  }

  private Draft read(Path file) throws DraftReadException {
    Draft draft = DraftReaders.read(file);
    draft.warnings().forEach(w -> err.println("redline: warning: " + w));
    return draft;
  }
}

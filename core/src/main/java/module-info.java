/**
 * Redline's engine: reading drafts, aligning them, diffing their clauses and checking demands.
 *
 * <p>The API is what the README's Java section uses: the facade {@link dev.redline.Redline}, the
 * model ({@code dev.redline.model}), reading ({@code dev.redline.read}) and demands files and
 * their checker ({@code dev.redline.demands}). Alignment and the clause differ are reached through
 * the facade; the report writers alone may use the differ's tokens and footnote markers, and the
 * report writers and the command line the internal helpers (XML parts, strict YAML).
 */
@SuppressWarnings({"module", "requires-automatic"}) // qualified exports to modules built later; PDFBox and java-diff-utils are automatic modules
module dev.redline.core {
  exports dev.redline;
  exports dev.redline.model;
  exports dev.redline.read;
  exports dev.redline.demands;
  exports dev.redline.diff to dev.redline.report;
  exports dev.redline.internal to dev.redline.report, dev.redline.cli;

  requires io.github.javadiffutils;
  requires java.desktop;
  requires java.xml;
  requires org.apache.pdfbox;
  requires org.apache.poi.ooxml;
  requires org.yaml.snakeyaml;
}

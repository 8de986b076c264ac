package dev.redline.diff;

import java.util.Objects;

/**
 * Where a line stands, for classifying its edits: the renumbering cross-references follow, and the
 * numbers of the article the line belongs to in each draft (empty where there is none, as for the
 * title and the preamble).
 */
record Context(Renumbering renumbering, String oldArticle, String newArticle) {
  static final Context NONE = new Context(Renumbering.none(), "", "");

  Context {
    Objects.requireNonNull(renumbering, "renumbering");
    Objects.requireNonNull(oldArticle, "oldArticle");
    Objects.requireNonNull(newArticle, "newArticle");
  }
}

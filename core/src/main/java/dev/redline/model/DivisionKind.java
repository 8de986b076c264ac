package dev.redline.model;

/** The kinds of division that group articles, outermost first. */
public enum DivisionKind {
  PART,
  TITLE,
  CHAPTER,
  SECTION
}

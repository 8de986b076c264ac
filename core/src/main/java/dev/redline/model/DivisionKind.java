package dev.redline.model;

/** The kinds of division that group articles, outermost first. */
public enum DivisionKind {
  /** A part ({@code Part II}), the outermost grouping. */
  PART,
  /** A title ({@code Title III}), as national codes group chapters. */
  TITLE,
  /** A chapter ({@code Chapter IV}). */
  CHAPTER,
  /** A section ({@code Section 2}), within a chapter. */
  SECTION
}

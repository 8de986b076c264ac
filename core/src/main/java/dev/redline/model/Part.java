package dev.redline.model;

/** One unit of the body of a comparison, in reading order: a division heading or an article. */
public sealed interface Part permits DivisionChange, ArticleChange {}

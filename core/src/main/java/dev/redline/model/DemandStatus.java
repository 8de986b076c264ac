package dev.redline.model;

/** Whether a draft does what a demand asks. */
public enum DemandStatus {
  /** Every part of the check is met. */
  ADOPTED,
  /** Some parts are met; the finding says which. */
  PARTLY_ADOPTED,
  /** No part is met. */
  NOT_ADOPTED,
  /** Less is met than in an earlier draft: adopted (or partly) before, lost since. */
  REVERSED,
  /** The target does not exist in this draft (not yet inserted; or a topic found nowhere). */
  TARGET_NOT_FOUND,
  /** Nothing is met, but the target's wording changed since the previous draft: a person should read it. */
  NEEDS_REVIEW;

  /** The status as people write it: {@code partly adopted}. */
  public String words() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

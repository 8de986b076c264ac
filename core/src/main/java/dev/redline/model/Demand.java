package dev.redline.model;

import java.util.List;
import java.util.Objects;

/**
 * A remedy that stakeholders asked for, in a form Redline can check against every draft.
 *
 * @param id a short unique id, such as {@code D2}
 * @param title what is asked, in a line
 * @param source where it was asked: the letter and its paragraph
 * @param numbering the revision whose article numbers the targets use, such as {@code Rev.3}
 * @param targets what the demand is about; a check on several targets scores their mean
 * @param check what each target must do
 * @param position where the demand starts in its file
 * @param draft whether the demand was drafted from a letter by Redline and not yet reviewed by a
 *     person ({@code draft: true} in the demands file); reports show such demands apart
 */
public record Demand(
    String id,
    String title,
    String source,
    String numbering,
    List<DemandTarget> targets,
    DemandCheck check,
    Position position,
    boolean draft) {
  public Demand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(numbering, "numbering");
    targets = List.copyOf(targets);
    Objects.requireNonNull(check, "check");
  }

  /** A reviewed demand (not a draft). */
  public Demand(
      String id, String title, String source, String numbering, List<DemandTarget> targets, DemandCheck check, Position position) {
    this(id, title, source, numbering, targets, check, position, false);
  }
}

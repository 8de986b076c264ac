package dev.redline.model;

import java.util.List;

/**
 * What a target must do for a demand to be met. Each check scores a target from 0 (not met) to 1
 * (met); combinations weigh their parts, so partial adoption is measured.
 */
public sealed interface DemandCheck {
  /** Every phrase the check looks for or against, its parts' included, in order. */
  default List<String> allPhrases() {
    List<String> out = new java.util.ArrayList<>();
    if (this instanceof Contains c) {
      out.addAll(c.phrases());
    } else if (this instanceof Excludes x) {
      out.addAll(x.phrases());
    } else if (this instanceof AllOf all) {
      all.parts().forEach(p -> out.addAll(p.check().allPhrases()));
    } else if (this instanceof AnyOf any) {
      any.parts().forEach(p -> out.addAll(p.check().allPhrases()));
    }
    return out;
  }

  /** A short description for reports: {@code contains all of "legality", "necessity"}. */
  String describe();

  /** The target must be gone. */
  record Deleted() implements DemandCheck {
    @Override
    public String describe() {
      return "deleted";
    }
  }

  /** The target's wording must differ from the previous draft's. */
  record Changed() implements DemandCheck {
    @Override
    public String describe() {
      return "changed";
    }
  }

  /**
   * The target must contain the phrases: all of them (scored by the share found) or any one.
   * Matching ignores case, line breaks, punctuation and common word endings.
   */
  record Contains(List<String> phrases, boolean any) implements DemandCheck {
    public Contains {
      phrases = List.copyOf(phrases);
    }

    @Override
    public String describe() {
      return (any ? "contains any of " : "contains all of ") + quoted(phrases);
    }
  }

  /** The target must contain none of the phrases (scored by the share absent). */
  record Excludes(List<String> phrases) implements DemandCheck {
    public Excludes {
      phrases = List.copyOf(phrases);
    }

    @Override
    public String describe() {
      return "contains none of " + quoted(phrases);
    }
  }

  /**
   * A person must read the target: the letter asks for something (to strengthen or clarify it)
   * without the words Redline could look for. The status is always needs review where the target
   * is found.
   *
   * @param request what the letter asks, quoted
   */
  record Review(String request) implements DemandCheck {
    public Review {
      java.util.Objects.requireNonNull(request, "request");
    }

    @Override
    public String describe() {
      return "needs review: \"" + request + "\"";
    }
  }

  /** All parts must be met; the score is their weighted mean. */
  record AllOf(List<Part> parts) implements DemandCheck {
    public AllOf {
      parts = List.copyOf(parts);
    }

    @Override
    public String describe() {
      return "all of (" + String.join("; ", parts.stream().map(Part::describe).toList()) + ")";
    }
  }

  /** One part must be met; the score is the best part's. */
  record AnyOf(List<Part> parts) implements DemandCheck {
    public AnyOf {
      parts = List.copyOf(parts);
    }

    @Override
    public String describe() {
      return "any of (" + String.join("; ", parts.stream().map(Part::describe).toList()) + ")";
    }
  }

  /**
   * A weighted, labelled part of a combination.
   *
   * @param check the part's check
   * @param weight its weight in the mean, above 0
   * @param label what the part asks for, in the user's words; used to say which parts are met
   */
  record Part(DemandCheck check, double weight, String label) {
    String describe() {
      return label.isEmpty() ? check.describe() : label;
    }
  }

  private static String quoted(List<String> phrases) {
    return String.join(", ", phrases.stream().map(p -> "\"" + p + "\"").toList());
  }
}

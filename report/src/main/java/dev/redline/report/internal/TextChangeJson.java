package dev.redline.report.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.redline.model.Edit;
import dev.redline.model.Inline;
import dev.redline.model.TextChange;
import java.util.List;
import java.util.Locale;

/**
 * A {@link TextChange} as the JSON reports write it ({@code textChange} in {@code
 * docs/comparison.schema.json}): its status, both texts, its segments and its classified edits.
 * Written alike for a comparison's lines and for a demand's evidence.
 */
@JsonPropertyOrder({"status", "old", "new", "segments", "edits"})
public record TextChangeJson(
    String status, @JsonProperty("old") String oldText, @JsonProperty("new") String newText, List<SegmentJson> segments, List<EditJson> edits) {

  /** A kept, inserted or deleted run; its footnote references by id. */
  @JsonPropertyOrder({"op", "text", "oldText", "formatting", "notes"})
  public record SegmentJson(
      String op,
      String text,
      @JsonInclude(JsonInclude.Include.NON_NULL) String oldText,
      @JsonInclude(JsonInclude.Include.NON_NULL) String formatting,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {}

  /** A classified edit: its kind and the words on each side, with their offsets. */
  @JsonPropertyOrder({"kind", "old", "oldOffset", "new", "newOffset"})
  public record EditJson(String kind, @JsonProperty("old") String oldText, int oldOffset, @JsonProperty("new") String newText, int newOffset) {}

  /** The JSON object of a text change. */
  public static TextChangeJson of(TextChange t) {
    List<SegmentJson> segments = t.segments().stream()
        .map(s -> new SegmentJson(s.op().name().toLowerCase(Locale.ROOT), s.text(), s.isRestyled() ? s.oldText() : null,
            s.isReformatted() ? s.formattingChange() : null,
            s.content().stream().filter(Inline.NoteRef.class::isInstance).map(p -> ((Inline.NoteRef) p).footnote()).toList()))
        .toList();
    return new TextChangeJson(t.status().name().toLowerCase(Locale.ROOT), t.oldText(), t.newText(), segments, t.edits().stream().map(TextChangeJson::edit).toList());
  }

  /** The JSON object of an edit. */
  public static EditJson edit(Edit e) {
    return new EditJson(e.kind().word(), e.oldText(), e.oldOffset(), e.newText(), e.newOffset());
  }
}

package app.rapport.contacts;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which side each field of a merged person comes from. A field not named keeps the kept person's
 * value, or the other's where the kept person has none.
 */
public record MergeChoices(Map<MergeField, MergeSide> sides) {

  public MergeChoices {
    sides = sides == null || sides.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(sides));
  }

  public static MergeChoices none() {
    return new MergeChoices(Map.of());
  }

  public MergeSide side(MergeField field) {
    return sides.get(field);
  }

  /**
   * What the merge screen proposes: the kept person's value, the other's where the kept one has
   * none, the earlier "known since", the closer tier, and both texts where both have notes.
   */
  public static MergeChoices proposed(Contact keep, Contact other) {
    Map<MergeField, MergeSide> sides = new EnumMap<>(MergeField.class);
    sides.put(MergeField.FULL_NAME, MergeSide.KEEP);
    sides.put(MergeField.COMPANY, keep.company() == null ? MergeSide.MERGE : MergeSide.KEEP);
    sides.put(MergeField.TITLE, keep.title() == null ? MergeSide.MERGE : MergeSide.KEEP);
    sides.put(MergeField.INDUSTRY, keep.industry() == null ? MergeSide.MERGE : MergeSide.KEEP);
    sides.put(
        MergeField.TIER,
        other.tier().ordinal() < keep.tier().ordinal() ? MergeSide.MERGE : MergeSide.KEEP);
    sides.put(MergeField.CADENCE, keep.cadenceDays() == null ? MergeSide.MERGE : MergeSide.KEEP);
    sides.put(MergeField.LINKEDIN, keep.linkedinUrl() == null ? MergeSide.MERGE : MergeSide.KEEP);
    sides.put(
        MergeField.KNOWN_SINCE,
        keep.knownSince() == null
                || (other.knownSince() != null && other.knownSince().isBefore(keep.knownSince()))
            ? MergeSide.MERGE
            : MergeSide.KEEP);
    sides.put(MergeField.BIRTHDAY, keep.birthday() == null ? MergeSide.MERGE : MergeSide.KEEP);
    sides.put(MergeField.HOW_WE_MET, text(keep.howWeMet(), other.howWeMet()));
    sides.put(MergeField.NOTES, text(keep.notes(), other.notes()));
    sides.put(
        MergeField.CAREER,
        keep.career().equals(CareerFacts.none()) ? MergeSide.MERGE : MergeSide.KEEP);
    return new MergeChoices(sides);
  }

  private static MergeSide text(String keep, String other) {
    if (keep == null) {
      return MergeSide.MERGE;
    }
    return other == null || other.equals(keep) ? MergeSide.KEEP : MergeSide.BOTH;
  }
}

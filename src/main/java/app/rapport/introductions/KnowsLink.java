package app.rapport.introductions;

import app.rapport.model.Overlap;
import java.time.Instant;
import java.util.Locale;

/**
 * Two of the user's people who know each other, and how: the evidence a warm path rests on.
 *
 * @param overlap what they share, in the model's terms (§9.8), from {@code how} and the years
 * @param strength P(they know each other) × professional context, 0..1
 */
public record KnowsLink(
    long id,
    PersonRef person,
    PersonRef other,
    KnowsHow how,
    Overlap overlap,
    boolean professional,
    String organization,
    Integer fromYear,
    Integer toYear,
    String note,
    Source source,
    Long introductionId,
    double strength,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  /** Where the link came from. */
  public enum Source {
    /** Entered by the user. */
    STATED,
    /** Made when one of them introduced the user to the other. */
    INTRODUCTION
  }

  /** The person at the other end from {@code contactId}. */
  public PersonRef otherThan(long contactId) {
    return person.contactId() == contactId ? other : person;
  }

  /**
   * How they know each other in a few words, without their names: "worked together at Fabrikam,
   * 2012 to 2018 (six years)", "from church".
   */
  public String describe() {
    if (source == Source.INTRODUCTION && note == null) {
      return "an introduction";
    }
    StringBuilder text = new StringBuilder(how.label().toLowerCase(Locale.ROOT));
    if (how == KnowsHow.OTHER || how == KnowsHow.SAME_GROUP) {
      text.setLength(0);
      text.append(how == KnowsHow.SAME_GROUP ? "same group" : "know each other");
    }
    if (organization != null) {
      text.append(how == KnowsHow.SAME_GROUP ? ": " : " at ").append(organization);
    }
    String years = years();
    if (years != null) {
      text.append(", ").append(years);
    }
    if (note != null) {
      text.append(" (").append(note).append(")");
    }
    if (!professional && how != KnowsHow.STUDIED_TOGETHER && how != KnowsHow.OTHER) {
      text.append(", privately");
    }
    return text.toString();
  }

  /** "2012 to 2018", "since 2015", or null without years. */
  public String years() {
    if (fromYear != null && toYear != null) {
      return fromYear.equals(toYear) ? "in " + fromYear : fromYear + " to " + toYear;
    }
    if (fromYear != null) {
      return "since " + fromYear;
    }
    return toYear == null ? null : "until " + toYear;
  }
}

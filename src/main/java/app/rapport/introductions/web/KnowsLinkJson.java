package app.rapport.introductions.web;

import app.rapport.introductions.KnowsHow;
import app.rapport.introductions.KnowsLink;
import app.rapport.model.Overlap;
import app.rapport.platform.db.Ids;
import java.time.Instant;

/**
 * A knows-link as the JSON API shows it. {@code overlap} and {@code strength} (P(they know each
 * other) × professional context, §9.8) are read-only.
 */
public record KnowsLinkJson(
    String id,
    String contactId,
    String otherContactId,
    PersonJson person,
    PersonJson other,
    KnowsHow how,
    boolean professional,
    String organization,
    Integer fromYear,
    Integer toYear,
    String note,
    KnowsLink.Source source,
    String introductionId,
    Overlap overlap,
    double strength,
    String description,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  public static KnowsLinkJson of(KnowsLink l) {
    return new KnowsLinkJson(
        Ids.format(l.id()),
        Ids.format(l.person().contactId()),
        Ids.format(l.other().contactId()),
        PersonJson.of(l.person()),
        PersonJson.of(l.other()),
        l.how(),
        l.professional(),
        l.organization(),
        l.fromYear(),
        l.toYear(),
        l.note(),
        l.source(),
        l.introductionId() == null ? null : Ids.format(l.introductionId()),
        l.overlap(),
        l.strength(),
        l.describe(),
        l.version(),
        l.createdAt(),
        l.updatedAt());
  }
}

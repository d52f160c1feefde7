package app.rapport.introductions.web;

import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.platform.db.Ids;
import java.time.Instant;
import java.time.LocalDate;

/** An introduction as the JSON API shows it. */
public record IntroductionJson(
    String id,
    String introducerId,
    String introducedId,
    PersonJson introducer,
    PersonJson introduced,
    LocalDate occurredOn,
    IntroductionStatus status,
    String context,
    String touchpointId,
    String description,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  public static IntroductionJson of(Introduction i) {
    return new IntroductionJson(
        Ids.format(i.id()),
        Ids.format(i.introducer().contactId()),
        Ids.format(i.introduced().contactId()),
        PersonJson.of(i.introducer()),
        PersonJson.of(i.introduced()),
        i.occurredOn(),
        i.status(),
        i.context(),
        i.touchpointId() == null ? null : Ids.format(i.touchpointId()),
        i.describe(),
        i.version(),
        i.createdAt(),
        i.updatedAt());
  }
}

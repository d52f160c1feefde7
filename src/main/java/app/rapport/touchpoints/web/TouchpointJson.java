package app.rapport.touchpoints.web;

import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.platform.db.Ids;
import app.rapport.touchpoints.Touchpoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A touchpoint as the JSON API shows it. */
public record TouchpointJson(
    String id,
    LocalDate occurredOn,
    Channel channel,
    Direction direction,
    List<String> contactIds,
    List<PersonJson> people,
    String summary,
    String notes,
    LocalDate followUpOn,
    String followUpWhat,
    String followUpId,
    boolean infoInterview,
    String source,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  /** Someone who took part; {@code removed} when the person has since been deleted. */
  public record PersonJson(String id, String fullName, boolean removed) {}

  static TouchpointJson of(Touchpoint t) {
    Touchpoint.FollowUpNote followUp = t.followUp();
    return new TouchpointJson(
        Ids.format(t.id()),
        t.occurredOn(),
        t.channel(),
        t.direction(),
        t.contactIds().stream().map(Ids::format).toList(),
        t.people().stream()
            .map(p -> new PersonJson(Ids.format(p.contactId()), p.fullName(), p.removed()))
            .toList(),
        t.summary(),
        t.notes(),
        followUp == null ? null : followUp.dueOn(),
        followUp == null ? null : followUp.what(),
        followUp == null ? null : Ids.format(followUp.id()),
        t.infoInterview(),
        t.source(),
        t.version(),
        t.createdAt(),
        t.updatedAt());
  }
}

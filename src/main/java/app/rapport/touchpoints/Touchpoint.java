package app.rapport.touchpoints;

import app.rapport.model.Channel;
import app.rapport.model.Direction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One contact with one or more people, on one channel, on one day. */
public record Touchpoint(
    long id,
    LocalDate occurredOn,
    Channel channel,
    Direction direction,
    String summary,
    String notes,
    List<Participant> people,
    FollowUpNote followUp,
    boolean infoInterview,
    String source,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  /** Someone who took part; {@code removed} when the person has since been deleted. */
  public record Participant(long contactId, String fullName, boolean removed) {}

  /** The follow-up logged with this touchpoint, if any, and whether it is still open. */
  public record FollowUpNote(long id, LocalDate dueOn, String what, String status) {}

  public List<Long> contactIds() {
    return people.stream().map(Participant::contactId).toList();
  }
}

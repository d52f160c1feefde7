package app.rapport.touchpoints.web;

import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointCommand;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the touchpoint form posts, as typed. {@code find} is the text typed into "Find someone";
 * {@code contactIds} are the people ticked.
 */
public record TouchpointForm(
    String occurredOn,
    String channel,
    String direction,
    List<String> contactIds,
    String summary,
    String notes,
    String followUpOn,
    String followUpWhat,
    Boolean infoInterview,
    String find,
    String returnTo,
    Integer version) {

  public TouchpointForm {
    contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
  }

  public static TouchpointForm blank(LocalDate today, List<String> people, String returnTo) {
    return new TouchpointForm(
        today.toString(),
        "",
        Direction.MUTUAL.name(),
        people,
        "",
        "",
        "",
        "",
        false,
        "",
        returnTo,
        null);
  }

  public static TouchpointForm of(Touchpoint t, String returnTo) {
    Touchpoint.FollowUpNote followUp = t.followUp();
    boolean open = followUp != null && "OPEN".equals(followUp.status());
    return new TouchpointForm(
        t.occurredOn().toString(),
        t.channel().name(),
        t.direction().name(),
        t.contactIds().stream().map(Ids::format).toList(),
        t.summary(),
        t.notes(),
        open ? followUp.dueOn().toString() : "",
        open ? followUp.what() : "",
        t.infoInterview(),
        "",
        returnTo,
        t.version());
  }

  public boolean isInfoInterview() {
    return Boolean.TRUE.equals(infoInterview);
  }

  /** The ticked people's ids; text that is not an id is ignored (nobody can be ticked by it). */
  public List<Long> peopleIds() {
    return contactIds.stream()
        .map(Ids::parse)
        .flatMap(java.util.Optional::stream)
        .distinct()
        .toList();
  }

  public Parsed parse() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate on = date(occurredOn, "occurredOn", problems);
    LocalDate followUp = date(followUpOn, "followUpOn", problems);
    Channel parsedChannel = null;
    if (Text.trimToNull(channel) != null) {
      try {
        parsedChannel = Channel.valueOf(channel.trim());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("channel", "Choose one of the listed ways."));
      }
    }
    Direction parsedDirection = null;
    if (Text.trimToNull(direction) != null) {
      try {
        parsedDirection = Direction.valueOf(direction.trim());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("direction", "Choose who reached out."));
      }
    }
    return new Parsed(
        new TouchpointCommand(
            on,
            parsedChannel,
            parsedDirection,
            peopleIds(),
            summary,
            notes,
            followUp,
            followUpWhat,
            isInfoInterview()),
        problems);
  }

  private static LocalDate date(String text, String field, List<FieldProblem> problems) {
    if (Text.trimToNull(text) == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(
          new FieldProblem(field, "Write the date as year-month-day, for example 2026-11-24."));
      return null;
    }
  }

  /** A command read from the form, and what could not be read. */
  public record Parsed(TouchpointCommand command, List<FieldProblem> problems) {}
}

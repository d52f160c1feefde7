package app.rapport.touchpoints;

import app.rapport.model.Channel;
import app.rapport.model.Direction;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What logging or editing a touchpoint takes. A follow-up (a date and what to do) is optional; it
 * is kept as a reminder with the first person named. An informational interview is a conversation
 * asking someone in the target field how their work is changing; a goal counts them.
 */
public record TouchpointCommand(
    @NotNull(message = "Choose the day it happened.") LocalDate occurredOn,
    @NotNull(message = "Choose how you were in touch.") Channel channel,
    @NotNull(message = "Choose who reached out.") Direction direction,
    @NotEmpty(message = "Choose at least one person.")
        @Size(max = 50, message = "A touchpoint can involve at most {max} people.")
        List<Long> contactIds,
    @Size(max = 500, message = "Keep the summary to {max} characters; use the notes for more.")
        String summary,
    @Size(max = 20000, message = "Notes have at most {max} characters.") String notes,
    LocalDate followUpOn,
    @Size(max = 500, message = "Use at most {max} characters.") String followUpWhat,
    boolean infoInterview) {

  public TouchpointCommand {
    contactIds = contactIds == null ? List.of() : contactIds.stream().distinct().toList();
  }

  /** A touchpoint that is not an informational interview. */
  public TouchpointCommand(
      LocalDate occurredOn,
      Channel channel,
      Direction direction,
      List<Long> contactIds,
      String summary,
      String notes,
      LocalDate followUpOn,
      String followUpWhat) {
    this(
        occurredOn,
        channel,
        direction,
        contactIds,
        summary,
        notes,
        followUpOn,
        followUpWhat,
        false);
  }
}

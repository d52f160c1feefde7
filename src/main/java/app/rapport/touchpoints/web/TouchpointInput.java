package app.rapport.touchpoints.web;

import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.db.Ids;
import app.rapport.touchpoints.TouchpointCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/v1/touchpoints}, and what {@code PATCH} merges into. The direction
 * defaults to {@code MUTUAL}.
 */
public record TouchpointInput(
    LocalDate occurredOn,
    Channel channel,
    Direction direction,
    List<String> contactIds,
    String summary,
    String notes,
    LocalDate followUpOn,
    String followUpWhat,
    Boolean infoInterview,
    Integer version) {

  TouchpointCommand toCommand() {
    List<Long> ids = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    if (contactIds != null) {
      for (int i = 0; i < contactIds.size(); i++) {
        String text = contactIds.get(i);
        var id = Ids.parse(text);
        if (id.isPresent()) {
          ids.add(id.get());
        } else {
          problems.add(
              new FieldProblem("contactIds[" + i + "]", "'" + text + "' is not a person's id."));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new TouchpointCommand(
        occurredOn,
        channel,
        direction == null ? Direction.MUTUAL : direction,
        ids,
        summary,
        notes,
        followUpOn,
        followUpWhat,
        Boolean.TRUE.equals(infoInterview));
  }
}

package app.rapport.touchpoints;

import app.rapport.model.Channel;
import app.rapport.model.Direction;
import java.time.LocalDate;
import java.util.List;

/**
 * A touchpoint an import brings, such as a day of a LinkedIn conversation.
 *
 * @param sourceRef what identifies it in its source, so that importing the same file again adds
 *     nothing: the same reference is never logged twice from the same source
 */
public record ImportedTouchpoint(
    LocalDate occurredOn,
    Channel channel,
    Direction direction,
    List<Long> contactIds,
    String summary,
    String sourceRef) {

  public ImportedTouchpoint {
    contactIds = List.copyOf(contactIds);
  }
}

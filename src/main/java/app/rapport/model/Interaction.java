package app.rapport.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One logged touchpoint with a person, as the model sees it: when, how and who took part.
 *
 * @param on the day it happened
 * @param channel how it happened, whose depth feeds closeness
 * @param direction who reached out; only two-way contact resets warmth
 */
public record Interaction(LocalDate on, Channel channel, Direction direction) {

  public Interaction {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(direction, "direction");
  }
}

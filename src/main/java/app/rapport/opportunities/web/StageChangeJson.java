package app.rapport.opportunities.web;

import app.rapport.opportunities.Stage;
import app.rapport.opportunities.StageChange;
import java.time.Instant;
import java.time.LocalDate;

/** One move between stages; {@code from} is null where the opportunity started. */
public record StageChangeJson(Stage from, Stage to, LocalDate on, Instant at) {

  static StageChangeJson of(StageChange c) {
    return new StageChangeJson(c.from(), c.to(), c.on(), c.at());
  }
}

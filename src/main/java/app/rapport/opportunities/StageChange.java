package app.rapport.opportunities;

import java.time.Instant;
import java.time.LocalDate;

/** One move of an opportunity between stages; {@code from} is null for where it started. */
public record StageChange(Stage from, Stage to, LocalDate on, Instant at) {}

package app.rapport.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * When the weekly email is next due: the first chosen day and hour, in the user's time zone, after
 * a moment. An hour that a clock change skips (02:30 on the spring-forward night) moves to the
 * first hour that exists; an hour that happens twice counts once, the first time.
 */
final class WeeklySlot {

  private WeeklySlot() {}

  static Instant nextAfter(Instant after, DayOfWeek day, int hour, ZoneId zone) {
    LocalDate date = after.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
    Instant candidate = date.atTime(hour, 0).atZone(zone).toInstant();
    return candidate.isAfter(after)
        ? candidate
        : date.plusWeeks(1).atTime(hour, 0).atZone(zone).toInstant();
  }
}

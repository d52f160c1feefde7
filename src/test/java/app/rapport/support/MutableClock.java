package app.rapport.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set: "today" is whatever the test says it is. */
public class MutableClock extends Clock {

  public static final Instant DEFAULT = Instant.parse("2026-11-26T10:00:00Z");

  private volatile Instant now = DEFAULT;

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }

  public void set(Instant instant) {
    now = instant;
  }

  public void setDate(LocalDate date) {
    now = date.atTime(10, 0).toInstant(ZoneOffset.UTC);
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  public void reset() {
    now = DEFAULT;
  }
}

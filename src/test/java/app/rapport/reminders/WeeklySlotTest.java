package app.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WeeklySlotTest {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Test
  void theNextChosenDayAndHourInTheUsersTimeZone() {
    // Thursday 26 November 2026, 10:00 UTC; Monday 08:00 in Oslo is 07:00 UTC in winter.
    assertThat(
            WeeklySlot.nextAfter(Instant.parse("2026-11-26T10:00:00Z"), DayOfWeek.MONDAY, 8, OSLO))
        .isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
  }

  @Test
  void laterTheSameDayWaitsAWeekAndTheMomentItselfCountsAsPast() {
    Instant mondayNine = Instant.parse("2026-11-30T08:00:00Z");
    assertThat(WeeklySlot.nextAfter(mondayNine, DayOfWeek.MONDAY, 8, OSLO))
        .isEqualTo(Instant.parse("2026-12-07T07:00:00Z"));
    Instant exactly = Instant.parse("2026-11-30T07:00:00Z");
    assertThat(WeeklySlot.nextAfter(exactly, DayOfWeek.MONDAY, 8, OSLO))
        .isEqualTo(Instant.parse("2026-12-07T07:00:00Z"));
  }

  @Test
  void anHourTheClockChangeSkipsMovesToTheFirstHourThatExists() {
    // Sunday 28 March 2027: Oslo's clocks go from 02:00 straight to 03:00 (UTC+2 after).
    assertThat(
            WeeklySlot.nextAfter(Instant.parse("2027-03-27T12:00:00Z"), DayOfWeek.SUNDAY, 2, OSLO))
        .isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
    // The week after, 02:00 exists again, in summer time.
    assertThat(
            WeeklySlot.nextAfter(Instant.parse("2027-03-28T12:00:00Z"), DayOfWeek.SUNDAY, 2, OSLO))
        .isEqualTo(Instant.parse("2027-04-04T00:00:00Z"));
  }

  @Test
  void theSameLocalHourFollowsSummerTime() {
    ZoneId newYork = ZoneId.of("America/New_York");
    assertThat(
            WeeklySlot.nextAfter(
                Instant.parse("2026-11-26T10:00:00Z"), DayOfWeek.FRIDAY, 17, newYork))
        .isEqualTo(Instant.parse("2026-11-27T22:00:00Z"));
    assertThat(
            WeeklySlot.nextAfter(
                Instant.parse("2027-06-01T10:00:00Z"), DayOfWeek.FRIDAY, 17, newYork))
        .isEqualTo(Instant.parse("2027-06-04T21:00:00Z"));
  }
}

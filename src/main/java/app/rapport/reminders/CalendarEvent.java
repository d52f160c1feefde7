package app.rapport.reminders;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * One all-day event of the feed; {@code uid} stays the same for as long as the reminder lives. An
 * event with {@code yearlyOn} comes back every year on that day (a birthday), {@code date} being
 * its first time.
 */
record CalendarEvent(
    String uid, LocalDate date, String summary, String description, String url, MonthDay yearlyOn) {

  CalendarEvent(String uid, LocalDate date, String summary, String description, String url) {
    this(uid, date, summary, description, url, null);
  }
}

package app.rapport.reminders;

import java.time.LocalDate;

/** One all-day event of the feed; {@code uid} stays the same for as long as the reminder lives. */
record CalendarEvent(String uid, LocalDate date, String summary, String description, String url) {}

package app.rapport.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The weekly email as the user set it: on or off, where it goes, and when (a day and an hour in
 * their time zone). {@code nextDigestAt} is the next moment it is due, null while it is off.
 */
public record DigestSettings(
    boolean enabled,
    String to,
    DayOfWeek day,
    int hour,
    ZoneId timeZone,
    Instant nextDigestAt,
    int version) {}

package app.rapport.reminders;

import java.time.Instant;

/**
 * The secret address of the user's calendar subscription: {@code feedUrl} for Google Calendar
 * (which needs {@code https://}), {@code webcalUrl} for Apple Calendar and Outlook, and when it was
 * made.
 */
public record CalendarLink(String feedUrl, String webcalUrl, Instant createdAt) {}

package app.rapport.reminders;

/** A calendar feed as served: the iCalendar text and its entity tag (a hash of the text). */
public record CalendarFeed(byte[] body, String etag) {}

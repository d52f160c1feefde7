package app.rapport.reminders.web;

/** The unsubscribe page: asking first, or done. */
public record UnsubscribeView(String token, String recipient, boolean done) {}

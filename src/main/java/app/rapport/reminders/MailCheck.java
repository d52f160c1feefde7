package app.rapport.reminders;

/** What happened when a test email was sent: whether it went, and in plain words what failed. */
public record MailCheck(boolean sent, String to, String problem) {}

package app.rapport.reminders;

/**
 * An email to send. {@code messageId} stays the same when the same email is tried again, so that a
 * mail program can recognise a copy; {@code unsubscribeUrl} becomes the List-Unsubscribe header.
 */
record OutgoingMail(
    String to, String subject, String text, String html, String messageId, String unsubscribeUrl) {}

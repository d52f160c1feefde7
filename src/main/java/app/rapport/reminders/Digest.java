package app.rapport.reminders;

/** A weekly email, ready to send: its subject and its plain-text and HTML bodies. */
record Digest(String subject, String text, String html) {}

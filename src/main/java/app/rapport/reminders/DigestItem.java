package app.rapport.reminders;

/**
 * One line of a part of the weekly email: a headline (usually a person), why it is there, an
 * optional first sentence to start from, and the page it links to (a path such as {@code
 * /people/0AXS3J5Q0T7W2}).
 */
public record DigestItem(String headline, String reason, String opener, String path) {}

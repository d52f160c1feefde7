package app.rapport.reminders;

import java.util.List;

/**
 * One part of the weekly email, such as the week's plan. Each part has a heading, a sentence that
 * introduces it, its lines, and a link to the page where the user acts on it.
 */
public record DigestSection(
    String heading,
    String introduction,
    List<DigestItem> items,
    String linkText,
    String linkPath) {}

package app.rapport.imports.read;

/**
 * An email address as the file held it, never rejected for its syntax.
 *
 * @param address the address, trimmed
 * @param label "work", "personal" or "other", or the file's own custom label (such as "Alumni")
 */
public record ImportedEmail(String address, String label) {}

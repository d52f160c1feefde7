package app.rapport.imports.read;

/**
 * A phone number as the file held it. The text is kept as written, never rejected: normalising it
 * needs the user's home region, which the reader does not know.
 *
 * @param raw the number as written, trimmed
 * @param label "mobile", "home", "work", "fax", "pager" or "other", or the file's own custom label
 */
public record ImportedPhone(String raw, String label) {}

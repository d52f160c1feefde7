package app.rapport.imports;

/**
 * Something wrong in the file, in words for the person who chose it.
 *
 * @param row the spreadsheet row (as a spreadsheet program numbers it) or vCard card number, or
 *     null when no single row is at fault
 */
public record ImportError(Integer row, String message) {}

package app.rapport.imports.read;

/**
 * Something wrong with one row of a spreadsheet or one card of a vCard file. The message says
 * whether the row was skipped or kept without the faulty value.
 *
 * @param row the 1-based row as a spreadsheet program numbers it (header and preamble lines
 *     included), or the 1-based card number in a vCard file
 */
public record RowProblem(int row, String message) {}

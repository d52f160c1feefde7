package app.rapport.imports;

import app.rapport.imports.read.ColumnMapping;

/**
 * How an upload should be taken in.
 *
 * @param format what the file holds, when the user says so; null to tell from its content. One of
 *     {@code linkedin}, {@code vcard}, {@code google}, {@code outlook}, {@code csv} (any other
 *     spreadsheet) or {@code backup}, or an {@link app.rapport.imports.read.ImportFormat} name
 * @param dryRun only count what importing would do, and keep the file for a later confirmation
 * @param columns for a spreadsheet of another layout, which column holds what; null to use the
 *     proposal from the column names
 * @param askForColumns whether a spreadsheet of another layout waits for the user to choose its
 *     columns (the pages do) rather than going ahead with the proposal (the API does)
 */
public record ImportRequest(
    String format, boolean dryRun, ColumnMapping columns, boolean askForColumns) {

  public static ImportRequest preview() {
    return new ImportRequest(null, true, null, true);
  }
}

package app.rapport.imports.read;

import java.util.List;

/**
 * The start of a spreadsheet, for the column-mapping screen.
 *
 * @param header the column names
 * @param headerRow the spreadsheet row of the column names (LinkedIn files have lines above)
 * @param rows the first rows under the header, cells trimmed, blank cells empty strings
 * @param proposed which column seems to hold what
 * @param failure why the file cannot be previewed, or null
 */
public record CsvPreview(
    List<String> header,
    int headerRow,
    List<List<String>> rows,
    ColumnMapping proposed,
    ReadFailure failure) {

  public CsvPreview {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  static CsvPreview failed(ReadFailure failure) {
    return new CsvPreview(List.of(), 0, List.of(), new ColumnMapping(List.of()), failure);
  }
}

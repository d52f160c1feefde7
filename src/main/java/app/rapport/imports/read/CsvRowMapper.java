package app.rapport.imports.read;

import java.util.List;

/** Turns one row of one CSV layout into a person. */
interface CsvRowMapper {

  /** The columns that hold dates, so that slash dates can be read in the file's own order. */
  List<Integer> dateColumns();

  /** The row's person, or null when the row was skipped or names no one. */
  PersonDraft read(CsvTable.Row row, RowContext context);

  /** Builds the mapper for a file's header, or says why the header will not do. */
  interface Factory {
    CsvRowMapper create(CsvHeader header) throws StopReading;
  }
}

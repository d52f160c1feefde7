package app.rapport.imports.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** What a row mapper may do besides reading cells: report a problem, skip, parse dates. */
final class RowContext {

  private final CsvFile file;
  private final ReportBuilder report;
  private final List<Integer> dateColumns;
  private int row;
  private boolean skipped;

  RowContext(CsvFile file, ReportBuilder report, List<Integer> dateColumns) {
    this.file = file;
    this.report = report;
    this.dateColumns = dateColumns;
  }

  void startRow(int row) {
    this.row = row;
    this.skipped = false;
  }

  int row() {
    return row;
  }

  void problem(String message) {
    report.problem(row, message);
  }

  /** Leaves the row out on purpose; the reason is counted, not listed row by row. */
  void skip(String reason) {
    report.skipped(reason);
    skipped = true;
  }

  boolean wasSkipped() {
    return skipped;
  }

  /** The date, or null with a row problem when the cell holds something else. */
  java.time.LocalDate date(String raw, String what) {
    java.time.LocalDate linkedIn = Dates.dayMonthYear(raw);
    if (linkedIn != null) {
      return linkedIn;
    }
    if (raw == null || Dates.isEmptyOutlookDate(raw)) {
      return null;
    }
    java.time.LocalDate date = Dates.parseGenerally(raw, order(raw));
    if (date == null) {
      problem(unreadableDate(raw, what));
    }
    return date;
  }

  /** The birthday, or null with a row problem when the cell holds something else. */
  Birthday birthday(String raw) {
    if (raw == null || Dates.isEmptyOutlookDate(raw)) {
      return null;
    }
    Birthday birthday = Dates.parseBirthday(raw, order(raw));
    if (birthday == null) {
      problem(unreadableDate(raw, "birthday"));
    }
    return birthday;
  }

  static String unreadableDate(String raw, String what) {
    return "The "
        + what
        + " \""
        + raw
        + "\" is not a date Rapport can read; the person was kept without it.";
  }

  private Dates.SlashOrder order(String raw) {
    if (!Dates.isSlashDate(raw)) {
      return Dates.SlashOrder.MONTH_FIRST;
    }
    try {
      return file.slashOrder(dateColumns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

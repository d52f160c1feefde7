package app.rapport.imports.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A CSV file opened for reading as one format: its encoding settled, its header found, its rows
 * handed out one at a time. It can open a second pass over the same file to settle the day and
 * month order of slash dates, since that needs every date of the file.
 */
final class CsvFile implements Closeable {

  static final int HEAD_BYTES = 64 * 1024;

  private final ByteSource source;
  private final TextEncoding encoding;
  private final CsvLayout layout;
  private final ReadLimits limits;
  private final ReportBuilder report;
  private final CsvTable table;
  private final CsvHeader header;
  private int position;
  private Dates.SlashOrder slashOrder;

  private CsvFile(
      ByteSource source,
      TextEncoding encoding,
      CsvLayout layout,
      ReadLimits limits,
      ReportBuilder report,
      CsvTable table,
      CsvHeader header) {
    this.source = source;
    this.encoding = encoding;
    this.layout = layout;
    this.limits = limits;
    this.report = report;
    this.table = table;
    this.header = header;
    this.position = header.row();
  }

  static CsvFile open(
      ByteSource source, ImportFormat wanted, ReadLimits limits, ReportBuilder report)
      throws IOException {
    TextEncoding encoding = TextEncoding.sniff(source);
    report.warning(encoding.warning());
    String start = encoding.decodeHead(source.head(HEAD_BYTES));
    if (Text.isBlank(start)) {
      throw new StopReading("The file is empty.");
    }
    CsvLayout layout = CsvLayout.find(start, wanted);
    if (layout == null) {
      throw new StopReading(notThisFormat(wanted));
    }
    CsvTable table = CsvTable.open(source, encoding, layout.delimiter(), limits);
    try {
      CsvHeader header = skipToHeader(table, layout);
      return new CsvFile(source, encoding, layout, limits, report, table, header);
    } catch (IOException | RuntimeException e) {
      table.close();
      throw e;
    }
  }

  private static CsvHeader skipToHeader(CsvTable table, CsvLayout layout) throws StopReading {
    CsvTable.Row row = null;
    for (int i = 0; i <= layout.headerIndex(); i++) {
      row = table.next();
      if (row == null) {
        throw new StopReading("The file ends before its column names.");
      }
    }
    return new CsvHeader(row.cells(), row.number());
  }

  static String notThisFormat(ImportFormat wanted) {
    switch (wanted) {
      case LINKEDIN_CONNECTIONS:
        return "This file does not look like LinkedIn's Connections.csv: no row near the top has"
            + " the columns \"First Name\" and \"Connected On\".";
      case LINKEDIN_MESSAGES:
        return "This file does not look like LinkedIn's messages.csv: it lacks the columns"
            + " \"CONVERSATION ID\", \"FROM\" and \"DATE\".";
      case LINKEDIN_INVITATIONS:
        return "This file does not look like LinkedIn's Invitations.csv: it lacks the columns"
            + " \"Direction\" and \"Sent At\".";
      case GOOGLE_CSV:
        return "This file does not have the columns of a Google Contacts export (such as"
            + " \"First Name\" and \"Labels\", or \"Given Name\" and \"Family Name\").";
      case OUTLOOK_CSV:
        return "This file does not have the columns of an Outlook contacts export (such as"
            + " \"First Name\" and \"E-mail Address\").";
      default:
        return "This file is not a table with column names in its first row, so Rapport cannot"
            + " tell which column holds what.";
    }
  }

  CsvHeader header() {
    return header;
  }

  CsvLayout layout() {
    return layout;
  }

  /** The next row that is not blank, or null at the end of the file. */
  CsvTable.Row nextRow() {
    CsvTable.Row row;
    do {
      row = table.next();
      if (row == null) {
        return null;
      }
      position = row.number();
    } while (row.isBlank());
    return row;
  }

  /** The row last read. */
  int position() {
    return position;
  }

  /**
   * The order of day and month in this file's slash dates, judged from every date in the given
   * columns: one date that can only be day-first (13/4/21) decides it. With no such evidence the US
   * order is assumed, and the user is told.
   */
  Dates.SlashOrder slashOrder(List<Integer> dateColumns) throws IOException {
    if (slashOrder != null) {
      return slashOrder;
    }
    boolean dayFirst = false;
    boolean monthFirst = false;
    try (CsvTable pass = CsvTable.open(source, encoding, layout.delimiter(), limits)) {
      skipToHeader(pass, layout);
      for (CsvTable.Row row = pass.next(); row != null; row = pass.next()) {
        for (int column : dateColumns) {
          Dates.SlashOrder evidence = Dates.evidence(row.cell(column));
          dayFirst |= evidence == Dates.SlashOrder.DAY_FIRST;
          monthFirst |= evidence == Dates.SlashOrder.MONTH_FIRST;
        }
      }
    }
    if (dayFirst && !monthFirst) {
      slashOrder = Dates.SlashOrder.DAY_FIRST;
    } else if (monthFirst && !dayFirst) {
      slashOrder = Dates.SlashOrder.MONTH_FIRST;
    } else {
      slashOrder = Dates.SlashOrder.MONTH_FIRST;
      report.warning(
          dayFirst
              ? "The file mixes dates written day first and month first; dates such as 4/5/21"
                  + " were read as month/day (April 5)."
              : "Dates such as 4/5/21 were read as month/day (April 5), the US order: no date in"
                  + " the file shows which order it uses.");
    }
    return slashOrder;
  }

  @Override
  public void close() throws IOException {
    table.close();
  }
}

package app.rapport.imports.read;

import java.io.IOException;

/** Reads people from any CSV layout, one row at a time, with the layout's own mapper. */
final class CsvPersonReader extends BaseReader<ImportedPerson> {

  static final String NOTHING_TO_GO_ON =
      "This row has no name, email address or phone number, so it was skipped.";

  private final ByteSource source;
  private final ImportFormat format;
  private final ReadLimits limits;
  private final CsvRowMapper.Factory mappers;
  private CsvFile file;
  private CsvRowMapper mapper;
  private RowContext context;

  CsvPersonReader(
      ByteSource source, ImportFormat format, ReadLimits limits, CsvRowMapper.Factory mappers) {
    super(new ReportBuilder("Row", limits));
    this.source = source;
    this.format = format;
    this.limits = limits;
    this.mappers = mappers;
  }

  @Override
  protected void open() throws IOException {
    file = CsvFile.open(source, format, limits, report);
    mapper = mappers.create(file.header());
    context = new RowContext(file, report, mapper.dateColumns());
  }

  @Override
  protected ImportedPerson readNext() {
    for (CsvTable.Row row = file.nextRow(); row != null; row = file.nextRow()) {
      context.startRow(row.number());
      if (valuesPastTheHeader(row) > 0) {
        context.problem(misaligned(row.cells().size() - trailingBlanks(row), columns()));
        continue;
      }
      PersonDraft draft = mapper.read(row, context);
      if (context.wasSkipped()) {
        continue;
      }
      if (draft != null) {
        draft.rejectedPhones().forEach(value -> context.problem(PersonDraft.notAPhone(value)));
      }
      ImportedPerson person = draft == null ? null : draft.build(row.number());
      if (person != null) {
        return person;
      }
      context.problem(NOTHING_TO_GO_ON);
    }
    return null;
  }

  private int columns() {
    return file.header().names().size();
  }

  /** How many filled cells the row has beyond the columns its header names. */
  private int valuesPastTheHeader(CsvTable.Row row) {
    int filled = row.cells().size() - trailingBlanks(row);
    return Math.max(0, filled - columns());
  }

  private static int trailingBlanks(CsvTable.Row row) {
    int blanks = 0;
    for (int i = row.cells().size() - 1; i >= 0 && row.cell(i) == null; i--) {
      blanks++;
    }
    return blanks;
  }

  /**
   * A row with more values than the header has columns: almost always a comma inside a value that
   * is not in quotes ("Northwind Analytics, Inc."), which moves every value after it one column on
   * (the title into the phone). Importing it would put values in the wrong fields.
   */
  static String misaligned(int values, int columns) {
    return "This row has "
        + values
        + " values but the row of column names has "
        + columns
        + " columns, so its values would land in the wrong fields; it was left out. Usually a"
        + " value holds a comma without quotation marks around it: put that value in quotes"
        + " (\"Northwind Analytics, Inc.\") and import the file again.";
  }

  @Override
  protected void finish() {
    if (report.itemsRead() == 0) {
      report.fail(new ReadFailure(noPeople(report)));
    }
  }

  /** Why a file that was read to the end gave no one, to refuse it loudly rather than import 0. */
  static String noPeople(ReportBuilder report) {
    ReadReport so = report.build();
    String unit = report.unit().toLowerCase(java.util.Locale.ROOT);
    if (so.skippedCount() > 0 && so.problemCount() == 0) {
      String reason = so.skipped().get(0).reason();
      return "No one in this file can be imported: every "
          + unit
          + " was left out ("
          + Character.toLowerCase(reason.charAt(0))
          + reason.substring(1)
          + ").";
    }
    if (so.problemCount() > 0) {
      return "No one in this file can be imported: every " + unit + " has a problem.";
    }
    return "This file has column names but no people under them.";
  }

  @Override
  protected int position() {
    return file == null ? 0 : file.position();
  }

  @Override
  protected void release() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}

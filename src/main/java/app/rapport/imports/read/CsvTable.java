package app.rapport.imports.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file, one at a time, numbered as a spreadsheet numbers them: every record
 * counts, blank ones and the header included, and a cell with line breaks stays in one row.
 */
final class CsvTable implements Closeable {

  /** One record: its spreadsheet row number and its cells as written (not yet trimmed). */
  record Row(int number, List<String> cells) {

    /** The trimmed cell at {@code index}, or null when blank or missing. */
    String cell(int index) {
      return index >= 0 && index < cells.size() ? Text.clean(cells.get(index)) : null;
    }

    boolean isBlank() {
      for (String cell : cells) {
        if (!Text.isBlank(cell)) {
          return false;
        }
      }
      return true;
    }
  }

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;

  private CsvTable(CSVParser parser) {
    this.parser = parser;
    this.records = parser.iterator();
  }

  static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setTrailingData(true)
        .get();
  }

  static CsvTable open(ByteSource source, TextEncoding encoding, char delimiter, ReadLimits limits)
      throws IOException {
    Reader text = encoding.open(source);
    try {
      return new CsvTable(
          CSVParser.builder()
              .setReader(new CsvGuard(text, delimiter, limits))
              .setFormat(format(delimiter))
              .get());
    } catch (IOException | RuntimeException e) {
      text.close();
      throw e;
    }
  }

  /** The next record, or null at the end of the file. */
  Row next() {
    if (!records.hasNext()) {
      return null;
    }
    CSVRecord record = records.next();
    return new Row((int) record.getRecordNumber(), record.toList());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}

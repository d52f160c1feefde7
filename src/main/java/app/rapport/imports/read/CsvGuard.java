package app.rapport.imports.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Watches the characters on their way to the CSV parser and stops at a cell or row too long to be a
 * contact, or at a quotation mark never closed. It follows the quoting rules of RFC 4180 as
 * commons-csv applies them (a quote opens a quoted cell only at the start of a cell; {@code ""}
 * inside is a literal quote) and counts rows the way the parser does, so its row numbers are the
 * spreadsheet's.
 *
 * <p>Without it, a stray quote near the top of a 100 MB file makes the parser gather the whole rest
 * of the file into one cell in memory.
 */
final class CsvGuard extends FilterReader {

  private final char delimiter;
  private final ReadLimits limits;
  private int row = 1;
  private int quoteRow;
  private long cellLength;
  private long rowLength;
  private boolean atCellStart = true;
  private boolean inQuotes;
  private boolean quotePending;
  private boolean afterCarriageReturn;

  CsvGuard(Reader in, char delimiter, ReadLimits limits) {
    super(in);
    this.delimiter = delimiter;
    this.limits = limits;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n < 0) {
      if (inQuotes && !quotePending) {
        throw new StopReading(
            "Row "
                + quoteRow
                + " opens a quotation mark (\") that is never closed, so the rest of the file"
                + " would be read as one cell. Is the file complete?");
      }
      return n;
    }
    for (int i = offset; i < offset + n; i++) {
      see(buffer[i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    char[] sink = new char[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  private void see(char c) throws StopReading {
    boolean carriageReturnBefore = afterCarriageReturn;
    afterCarriageReturn = false;
    rowLength++;
    if (inQuotes) {
      if (quotePending) {
        quotePending = false;
        if (c == '"') {
          cellLength++;
          checkLengths();
          return;
        }
        inQuotes = false;
      } else {
        if (c == '"') {
          quotePending = true;
        } else {
          cellLength++;
        }
        checkLengths();
        return;
      }
    }
    if (c == delimiter) {
      cellLength = 0;
      atCellStart = true;
    } else if (c == '\n') {
      if (!carriageReturnBefore) {
        newRow();
      }
    } else if (c == '\r') {
      newRow();
      afterCarriageReturn = true;
    } else if (c == '"' && atCellStart) {
      inQuotes = true;
      quoteRow = row;
      atCellStart = false;
    } else {
      cellLength++;
      atCellStart = false;
    }
    checkLengths();
  }

  private void newRow() {
    row++;
    cellLength = 0;
    rowLength = 0;
    atCellStart = true;
  }

  private void checkLengths() throws StopReading {
    if (cellLength > limits.maxFieldChars()) {
      throw new StopReading(
          "Row "
              + (inQuotes ? quoteRow : row)
              + " has a field longer than "
              + ReadLimits.size(limits.maxFieldChars())
              + "; is this really a contacts file?"
              + (inQuotes ? " (A quotation mark that is never closed can also cause this.)" : ""));
    }
    if (rowLength > limits.maxRowChars()) {
      throw new StopReading(
          "Row "
              + (inQuotes ? quoteRow : row)
              + " is longer than "
              + ReadLimits.size(limits.maxRowChars())
              + "; is this really a contacts file?");
    }
  }
}

package app.rapport.imports.read;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The loop every reader shares: pull one item, turn anything thrown into a reported failure, close
 * the file at the end. Subclasses only say how to read the next item.
 */
abstract class BaseReader<T> implements ImportReader<T> {

  protected final ReportBuilder report;
  private boolean started;
  private boolean done;

  BaseReader(ReportBuilder report) {
    this.report = report;
  }

  /** A reader that reads nothing and reports why. */
  static <T> ImportReader<T> failed(String unit, ReadLimits limits, ReadFailure failure) {
    ReportBuilder report = new ReportBuilder(unit, limits);
    report.fail(failure);
    return new BaseReader<T>(report) {
      @Override
      protected void open() {}

      @Override
      protected T readNext() {
        return null;
      }

      @Override
      protected int position() {
        return 0;
      }

      @Override
      protected void release() {}
    };
  }

  /** Opens the file; called once, before the first item. */
  protected abstract void open() throws IOException;

  /** The next item, or null at the end of the file. */
  protected abstract T readNext() throws IOException;

  /** The row or card being read, for a message when the file turns out to be damaged. */
  protected abstract int position();

  /** Closes what {@link #open()} opened. */
  protected abstract void release() throws IOException;

  /** Called once the whole file has been read without a failure. */
  protected void finish() {}

  /**
   * Opens the file if that has not happened yet; false when it could not be opened (the report says
   * why).
   */
  protected final boolean ensureOpen() {
    if (started) {
      return !report.failed();
    }
    started = true;
    try {
      open();
      return true;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      stop(e);
      return false;
    }
  }

  /**
   * Ends reading on anything thrown. The parsers are third-party code fed whatever was uploaded, so
   * even a runaway recursion in them must end this file quietly, not the import around it.
   */
  private void stop(Throwable e) {
    StopReading stop = StopReading.findIn(e);
    report.fail(stop != null ? stop.failure() : damaged());
    close();
  }

  @Override
  public final Optional<T> next() {
    if (done || report.failed() || !ensureOpen()) {
      close();
      return Optional.empty();
    }
    try {
      T item = readNext();
      if (item == null) {
        finish();
        close();
        return Optional.empty();
      }
      report.itemRead();
      return Optional.of(item);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      stop(e);
      return Optional.empty();
    }
  }

  private ReadFailure damaged() {
    int at = position();
    String where = at > 0 ? " past " + report.unit().toLowerCase(Locale.ROOT) + " " + at : "";
    return new ReadFailure("The file could not be read" + where + ": it seems to be damaged.");
  }

  @Override
  public final ReadReport report() {
    return report.build();
  }

  @Override
  public final void close() {
    if (done) {
      return;
    }
    done = true;
    try {
      release();
    } catch (IOException | RuntimeException ignored) {
      // The file was only read; failing to close it loses nothing.
    }
  }
}

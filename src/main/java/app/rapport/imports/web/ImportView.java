package app.rapport.imports.web;

import app.rapport.imports.ImportBatch;
import app.rapport.imports.ImportError;
import app.rapport.imports.ImportPhase;
import app.rapport.imports.ImportProgress;
import app.rapport.imports.ImportStatus;
import app.rapport.platform.db.Ids;
import app.rapport.platform.web.Dates;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** An import as its pages show it: counts written out, the links its buttons post to. */
public record ImportView(ImportBatch batch, ImportProgress progress, ZoneId zone) {

  private static final NumberFormat NUMBERS = NumberFormat.getIntegerInstance(Locale.ENGLISH);

  public String id() {
    return Ids.format(batch.id());
  }

  public String link() {
    return "/imports/" + id();
  }

  public String number(long n) {
    synchronized (NUMBERS) {
      return NUMBERS.format(n);
    }
  }

  /** "12 people", "1 person". */
  public String people(long n) {
    return number(n) + (n == 1 ? " person" : " people");
  }

  public String rows(long n) {
    return number(n) + (n == 1 ? " row" : " rows");
  }

  public boolean importing() {
    return batch.phase() == ImportPhase.IMPORT;
  }

  public boolean failed() {
    return batch.status() == ImportStatus.FAILED;
  }

  public boolean hasProblems() {
    return batch.errorCount() > 0;
  }

  public List<ImportError> problems() {
    return batch.errors();
  }

  /** How many problems are not listed (only the first are kept word for word). */
  public int unlisted() {
    return batch.errorCount() - batch.errors().size();
  }

  public String when() {
    LocalDate day = LocalDate.ofInstant(batch.createdAt(), zone);
    return Dates.shortWritten(day);
  }

  public String size() {
    long bytes = batch.fileBytes();
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
    return Math.max(1, (bytes + 1023) / 1024) + " KB";
  }

  /** What the import is doing, for the progress page heading. */
  public String runningHeading() {
    if (batch.isBackup()) {
      return importing() ? "Restoring your backup" : "Reading your backup";
    }
    return importing() ? "Importing your contacts" : "Reading your file";
  }

  /** Rows handled so far, in words. */
  public String progressText() {
    if (progress == null) {
      return "Starting…";
    }
    if (progress.total() > 0) {
      return rows(Math.min(progress.done(), progress.total()))
          + " of "
          + number(progress.total())
          + " done";
    }
    return rows(progress.done()) + " read so far";
  }

  /** The bar's value, or null for a bar that says only "busy" (the total is not known yet). */
  public String progressValue() {
    return progress == null || progress.percent() == null
        ? null
        : String.valueOf(progress.percent());
  }

  /** What the row of an import in the list of imports says it became. */
  public String outcome() {
    if (batch.isUndone()) {
      return "Undone";
    }
    return switch (batch.status()) {
      case RUNNING -> "Running";
      case FAILED -> "Could not be imported";
      case DONE ->
          switch (batch.phase()) {
            case COLUMNS -> "Waiting for you to choose the columns";
            case PREVIEW -> batch.fileKept() ? "Waiting for you to confirm" : "Not imported";
            case IMPORT ->
                batch.isBackup()
                    ? "Restored"
                    : people(batch.created()) + " added, " + number(batch.updated()) + " updated";
          };
    };
  }
}

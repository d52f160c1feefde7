package app.rapport.imports;

import app.rapport.imports.read.ReadReport;
import app.rapport.imports.read.RowProblem;
import app.rapport.imports.read.SkippedRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one run of an import counts as it goes: people added and updated, rows skipped and why,
 * problems by row, warnings about the file, and how far it has got (read by the progress bar from
 * another thread).
 */
final class ImportTally {

  private int rowsRead;
  private int created;
  private final Set<Long> updated = new HashSet<>();
  private int unchanged;
  private final Map<String, Integer> skipped = new LinkedHashMap<>();
  private int possibleDuplicates;
  private int touchpoints;
  private final List<ImportError> errors = new ArrayList<>();
  private int errorCount;
  private final List<String> warnings = new ArrayList<>();
  private String failure;
  private final AtomicLong done = new AtomicLong();
  private final long total;

  ImportTally(long total) {
    this.total = total;
  }

  // ---- counting --------------------------------------------------------------------------------

  void addCreated() {
    created++;
  }

  void addUpdated(long contactId) {
    updated.add(contactId);
  }

  void addUnchanged() {
    unchanged++;
  }

  void addPossibleDuplicate() {
    possibleDuplicates++;
  }

  void addTouchpoints(int count) {
    touchpoints += count;
  }

  void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  void error(Integer row, String message) {
    errorCount++;
    if (errors.size() < ImportRepository.ERRORS_KEPT) {
      errors.add(new ImportError(row, message));
    }
  }

  void warn(String warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  void fail(String message) {
    failure = message;
  }

  /** Rows handled, for the progress bar. */
  void handled(long rows) {
    done.addAndGet(rows);
  }

  /** Takes in what a reader met: rows read and skipped, problems by row, warnings, a failure. */
  void absorb(ReadReport report) {
    rowsRead += report.itemsRead() + report.skippedCount();
    for (SkippedRows rows : report.skipped()) {
      skipped.merge(rows.reason(), rows.count(), Integer::sum);
    }
    for (RowProblem problem : report.problems()) {
      error(problem.row(), report.unit() + " " + problem.row() + ": " + problem.message());
    }
    errorCount += report.problemCount() - report.problems().size();
    report.warnings().forEach(this::warn);
    if (report.failure() != null) {
      fail(report.failure().message());
    }
  }

  /** Adds rows read without a reader's report (a backup). */
  void read(int rows) {
    rowsRead += rows;
  }

  void addCreated(int count) {
    created += count;
  }

  // ---- reading ---------------------------------------------------------------------------------

  int rowsRead() {
    return rowsRead;
  }

  int created() {
    return created;
  }

  int updated() {
    return updated.size();
  }

  int unchanged() {
    return unchanged;
  }

  int skipped() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  List<SkippedCount> skippedReasons() {
    List<SkippedCount> counts = new ArrayList<>();
    skipped.forEach((reason, count) -> counts.add(new SkippedCount(reason, count)));
    return counts;
  }

  int possibleDuplicates() {
    return possibleDuplicates;
  }

  int touchpoints() {
    return touchpoints;
  }

  List<ImportError> errors() {
    return errors;
  }

  int errorCount() {
    return errorCount;
  }

  List<String> warnings() {
    return warnings;
  }

  String failure() {
    return failure;
  }

  ImportProgress progress() {
    return new ImportProgress(done.get(), total);
  }
}

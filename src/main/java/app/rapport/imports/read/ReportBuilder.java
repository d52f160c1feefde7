package app.rapport.imports.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects a reader's problems as it goes, keeping at most a fixed number word for word. */
final class ReportBuilder {

  private final String unit;
  private final int maxProblemsKept;
  private final List<RowProblem> problems = new ArrayList<>();
  private final Map<String, Integer> skipped = new LinkedHashMap<>();
  private final Set<String> warnings = new LinkedHashSet<>();
  private int problemCount;
  private int itemsRead;
  private ReadFailure failure;

  ReportBuilder(String unit, ReadLimits limits) {
    this.unit = unit;
    this.maxProblemsKept = limits.maxProblemsKept();
  }

  String unit() {
    return unit;
  }

  void problem(int row, String message) {
    problemCount++;
    if (problems.size() < maxProblemsKept) {
      problems.add(new RowProblem(row, message));
    }
  }

  void skipped(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  void warning(String warning) {
    if (warning != null) {
      warnings.add(warning);
    }
  }

  void itemRead() {
    itemsRead++;
  }

  int itemsRead() {
    return itemsRead;
  }

  int skippedCount() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  void fail(ReadFailure failure) {
    if (this.failure == null) {
      this.failure = failure;
    }
  }

  boolean failed() {
    return failure != null;
  }

  ReadReport build() {
    List<SkippedRows> skippedRows = new ArrayList<>();
    skipped.forEach((reason, count) -> skippedRows.add(new SkippedRows(reason, count)));
    return new ReadReport(
        unit, itemsRead, problems, problemCount, skippedRows, new ArrayList<>(warnings), failure);
  }
}

package app.rapport.imports.read;

import java.util.List;

/**
 * What reading a file has met so far: how many items were read, row problems, rows skipped on
 * purpose, file-level warnings and, when reading stopped early, why.
 *
 * @param unit what a numbered row is called in this file: "Row" for spreadsheets, "Card" for vCards
 * @param itemsRead people, messages or invitations handed out so far
 * @param problems the first problems met (at most {@link ReadLimits#maxProblemsKept()})
 * @param problemCount how many problems were met in all
 * @param failure why reading stopped before the end of the file, or null when it did not
 */
public record ReadReport(
    String unit,
    int itemsRead,
    List<RowProblem> problems,
    int problemCount,
    List<SkippedRows> skipped,
    List<String> warnings,
    ReadFailure failure) {

  public ReadReport {
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /** Whether the whole file was read; a file that stopped part-way should not be imported. */
  public boolean isComplete() {
    return failure == null;
  }

  /** Rows skipped on purpose, over all reasons. */
  public int skippedCount() {
    return skipped.stream().mapToInt(SkippedRows::count).sum();
  }

  /** "Row 12: ..." or "Card 3: ...", for showing a problem in a list. */
  public String describe(RowProblem problem) {
    return unit + " " + problem.row() + ": " + problem.message();
  }
}

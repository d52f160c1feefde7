package app.rapport.imports.web;

import app.rapport.imports.ImportBatch;
import app.rapport.imports.ImportError;
import app.rapport.imports.ImportPhase;
import app.rapport.imports.ImportProgress;
import app.rapport.imports.ImportStatus;
import app.rapport.imports.SkippedCount;
import app.rapport.platform.db.Ids;
import java.time.Instant;
import java.util.List;

/**
 * An import as the JSON API shows it. Until the import runs for real ({@code dryRun} false), the
 * counts are what it would do.
 *
 * @param phase {@code COLUMNS} (waiting for the columns of a spreadsheet), {@code PREVIEW} or
 *     {@code IMPORT}
 * @param progress rows handled so far while it runs, out of {@code total} when known
 */
public record ImportJson(
    String id,
    ImportStatus status,
    ImportPhase phase,
    boolean dryRun,
    String format,
    String fileName,
    int rowsRead,
    int created,
    int updated,
    int unchanged,
    int skipped,
    int possibleDuplicates,
    int touchpoints,
    int errorCount,
    List<ImportError> errors,
    List<String> warnings,
    List<SkippedCount> skippedReasons,
    String failure,
    ImportProgress progress,
    boolean canConfirm,
    boolean canUndo,
    Instant createdAt,
    Instant finishedAt,
    Instant undoneAt) {

  static ImportJson of(ImportBatch b, ImportProgress progress) {
    return new ImportJson(
        Ids.format(b.id()),
        b.status(),
        b.phase(),
        b.dryRun(),
        b.format(),
        b.fileName(),
        b.rowsRead(),
        b.created(),
        b.updated(),
        b.unchanged(),
        b.skipped(),
        b.possibleDuplicates(),
        b.touchpoints(),
        b.errorCount(),
        b.errors(),
        b.warnings(),
        b.skippedReasons(),
        b.failure(),
        progress,
        b.canConfirm(),
        b.canUndo(),
        b.createdAt(),
        b.finishedAt(),
        b.undoneAt());
  }
}

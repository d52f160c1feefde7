package app.rapport.imports;

import app.rapport.imports.read.ColumnMapping;
import app.rapport.imports.read.ImportFormat;
import java.time.Instant;
import java.util.List;

/**
 * One uploaded file and what became of it. Until the import runs for real ({@link
 * ImportPhase#IMPORT}), the counts are those of the preview: the import carried out and rolled
 * back, so they are exactly what confirming will do.
 *
 * @param format an {@link ImportFormat} name, or {@link #BACKUP}
 * @param created people added
 * @param updated people already in Rapport who gained details (blanks filled, new addresses,
 *     numbers or tags)
 * @param unchanged people already in Rapport whom the file had nothing new about
 * @param possibleDuplicates people added whose name matches someone already there: not the same
 *     person for certain, so they are suggested for merging instead
 * @param touchpoints touchpoints logged (LinkedIn messages)
 * @param errors the first problems met, by row; {@code errorCount} counts them all
 */
public record ImportBatch(
    long id,
    String fileName,
    long fileBytes,
    String format,
    ImportPhase phase,
    ImportStatus status,
    ColumnMapping columns,
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
    boolean fileKept,
    Instant createdAt,
    Instant finishedAt,
    Instant undoneAt) {

  /** The format of a Rapport backup, which an import restores. */
  public static final String BACKUP = "BACKUP";

  public ImportBatch {
    errors = errors == null ? List.of() : List.copyOf(errors);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    skippedReasons = skippedReasons == null ? List.of() : List.copyOf(skippedReasons);
  }

  /** Whether nothing has been written yet (or ever will be, for a preview not confirmed). */
  public boolean dryRun() {
    return phase != ImportPhase.IMPORT;
  }

  public boolean isRunning() {
    return status == ImportStatus.RUNNING;
  }

  public boolean isBackup() {
    return BACKUP.equals(format);
  }

  /** What the file is, in words a person recognises. */
  public String formatLabel() {
    if (isBackup()) {
      return "Rapport backup";
    }
    try {
      return ImportFormat.valueOf(format).label();
    } catch (IllegalArgumentException e) {
      return format;
    }
  }

  /** Whether the preview is done and the file still there, so the import can go ahead. */
  public boolean canConfirm() {
    return phase == ImportPhase.PREVIEW && status == ImportStatus.DONE && fileKept;
  }

  /** Whether this import wrote something that undoing can take back. */
  public boolean canUndo() {
    return phase == ImportPhase.IMPORT
        && status == ImportStatus.DONE
        && undoneAt == null
        && !isBackup();
  }

  public boolean isUndone() {
    return undoneAt != null;
  }
}

package app.rapport.backup;

import java.util.List;
import java.util.function.Consumer;

/** A section's items as the backup holds them, read a batch at a time. */
public interface BackupReader {

  /** The format version of the backup being read ({@link BackupService#VERSION} or older). */
  int version();

  /**
   * Reads every item of the section as {@code type}, handing them over {@code batchSize} at a time
   * (the last batch may be smaller). Fields the type does not know are ignored.
   */
  <T> void read(Class<T> type, int batchSize, Consumer<List<T>> batch);
}

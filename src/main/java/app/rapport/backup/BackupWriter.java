package app.rapport.backup;

/** Where a section writes its items: each becomes one element of the section's JSON array. */
public interface BackupWriter {

  void write(Object item);
}

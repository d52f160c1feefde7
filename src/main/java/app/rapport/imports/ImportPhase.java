package app.rapport.imports;

/** Where an upload is on its way in. */
public enum ImportPhase {
  /** A spreadsheet of another layout, waiting for the user to say which column holds what. */
  COLUMNS,
  /** Read and counted, nothing written: what the import would do. */
  PREVIEW,
  /** Imported (or being imported, or failed) for real. */
  IMPORT
}

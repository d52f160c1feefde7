package app.rapport.imports;

/** Whether the current phase of an import is still running, finished, or failed. */
public enum ImportStatus {
  RUNNING,
  DONE,
  FAILED
}

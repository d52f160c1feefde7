package app.rapport.imports.read;

/** What {@link FormatDetector} found: a format it can read, or the reason it cannot. */
public sealed interface Detection permits Detected, ReadFailure {

  /** The format, or null when the file cannot be read. */
  default ImportFormat formatOrNull() {
    return this instanceof Detected detected ? detected.format() : null;
  }
}

package app.rapport.imports.read;

import java.io.IOException;

/**
 * Thrown inside the readers when the rest of a file cannot or must not be read (a limit, a damaged
 * archive). It is an {@link IOException} so that it passes through the {@link java.io.Reader} and
 * {@link java.io.InputStream} layers that CSV and vCard parsing sit on; the readers turn it into a
 * {@link ReadFailure} and never let it out.
 */
final class StopReading extends IOException {

  StopReading(String userMessage) {
    super(userMessage);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    // A message for the user, not a bug: the stack trace is never looked at.
    return this;
  }

  ReadFailure failure() {
    return new ReadFailure(getMessage());
  }

  /** The StopReading somewhere in a chain of causes, or null. */
  static StopReading findIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof StopReading stop) {
        return stop;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}

package app.rapport.platform;

import java.util.List;

/**
 * An uploaded file that cannot be taken in. Nothing was written: the account is exactly as it was.
 * The message says what is wrong in words for the person who chose the file (and states any limit
 * it broke); the problems name the rows at fault where there are some. Pages show them, the API
 * answers 422 with {@code errors} of {@code {"row", "message"}}.
 */
public class RefusedFile extends RuntimeException {

  /** One thing wrong with the file; {@code row} is null when no single row is at fault. */
  public record Problem(Integer row, String message) {}

  private final List<Problem> problems;
  private final String reference;

  public RefusedFile(String message, List<Problem> problems, String reference) {
    super(message);
    this.problems = List.copyOf(problems);
    this.reference = reference;
  }

  public RefusedFile(String message) {
    this(message, List.of(new Problem(null, message)), null);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The import that found the problem, when one was started (its id as shown outside). */
  public String reference() {
    return reference;
  }
}

package app.rapport.imports;

/**
 * How far a running import has got: rows handled so far, out of {@code total} when it is known (the
 * preview counted them); 0 when it is not.
 */
public record ImportProgress(long done, long total) {

  /** Percent done, 0 to 100; null when the total is not known. */
  public Integer percent() {
    return total <= 0 ? null : (int) Math.min(100, done * 100 / total);
  }
}

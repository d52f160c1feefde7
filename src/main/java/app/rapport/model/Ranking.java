package app.rapport.model;

/**
 * Ordering helpers shared by the rankings. Scores are products of several factors, and the same
 * score reached through different factors can differ in the last bits of a double (0.8 × 0.9 × 0.6
 * × 0.5 is not exactly 0.9 × 0.4 × 0.6). Ranking on the score rounded to nine decimals lets such
 * ties fall through to the stated tie-breaks instead of to floating-point noise.
 */
final class Ranking {

  private Ranking() {}

  /** A sort key for a score in [0, 10]: higher scores give lower keys, so they sort first. */
  static long descending(double score) {
    return -Math.round(score * 1e9);
  }
}

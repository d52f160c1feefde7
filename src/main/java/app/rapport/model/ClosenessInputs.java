package app.rapport.model;

/**
 * What closeness S is computed from (§9.2). "Last 12 months" counts back from the day scored.
 *
 * @param closenessRating the user's own 1–5 rating of how close they are, or null if not rated
 * @param meanDepth12Months mean {@link Channel#depth()} of the last 12 months' interactions, 0..1;
 *     0 when there were none
 * @param interactions12Months interactions logged in the last 12 months
 * @param yearsKnown years since they first met, as a fraction
 * @param shareInitiatedByContact share of logged interactions the other person started, 0..1; 0
 *     when nothing is logged, since there is then no give-and-take to speak of
 * @param mutualConnections people both know, or null if unknown
 * @param distinctChannels12Months different channels used in the last 12 months
 */
public record ClosenessInputs(
    Integer closenessRating,
    double meanDepth12Months,
    int interactions12Months,
    double yearsKnown,
    double shareInitiatedByContact,
    Integer mutualConnections,
    int distinctChannels12Months) {

  public ClosenessInputs {
    if (closenessRating != null && (closenessRating < 1 || closenessRating > 5)) {
      throw new IllegalArgumentException("closeness rating must be 1 to 5");
    }
    if (!(meanDepth12Months >= 0 && meanDepth12Months <= 1)) {
      throw new IllegalArgumentException("mean depth must be between 0 and 1");
    }
    if (interactions12Months < 0) {
      throw new IllegalArgumentException("interactions must not be negative");
    }
    if (!(yearsKnown >= 0) || Double.isInfinite(yearsKnown)) {
      throw new IllegalArgumentException("years known must not be negative");
    }
    if (!(shareInitiatedByContact >= 0 && shareInitiatedByContact <= 1)) {
      throw new IllegalArgumentException("share initiated must be between 0 and 1");
    }
    if (mutualConnections != null && mutualConnections < 0) {
      throw new IllegalArgumentException("mutual connections must not be negative");
    }
    if (distinctChannels12Months < 0) {
      throw new IllegalArgumentException("channels must not be negative");
    }
  }
}

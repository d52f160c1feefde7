package app.rapport.keepintouch;

import java.time.LocalDate;

/**
 * What closeness, latent trust and the ways to reach a person are computed from today: the counts
 * kept for the last twelve months, the trust the tie had when contact was regular, and the dates
 * that say how long ago that was. The Ready-10 reads only this much of each relationship.
 */
record Standing(
    LocalDate knownSince,
    LocalDate lastContactOn,
    LocalDate lastTwoWayOn,
    int count12mo,
    int byThem12mo,
    int channels12mo,
    double depth12mo,
    double trustBase,
    boolean personalChannel,
    boolean workChannel,
    Integer closenessRating,
    Integer mutualConnections) {

  /** The day warmth counts from: the last two-way contact, or when the person became known. */
  LocalDate countingFrom() {
    return lastTwoWayOn != null ? lastTwoWayOn : knownSince;
  }
}

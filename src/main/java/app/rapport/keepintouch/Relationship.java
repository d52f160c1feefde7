package app.rapport.keepintouch;

import app.rapport.model.Tier;
import java.time.LocalDate;

/**
 * The kept-up-to-date state of the user's relationship with one person. Warmth itself is not
 * stored: it changes every day, so it is computed from these dates when shown.
 */
public record Relationship(
    long contactId,
    Tier tier,
    Integer cadenceDays,
    LocalDate knownSince,
    LocalDate firstContactOn,
    LocalDate lastContactOn,
    LocalDate lastTwoWayOn,
    int touchpointCount,
    Integer rhythmDays,
    LocalDate nextNudgeOn,
    LocalDate atRiskOn,
    LocalDate dormantOn,
    int count12mo,
    int twoWay12mo,
    int byThem12mo,
    int channels12mo,
    double depth12mo,
    double hoursTogether,
    double trustBase,
    boolean personalChannel,
    boolean workChannel,
    double relevance,
    boolean inTarget,
    boolean atTargetRole,
    int channelCount,
    LocalDate revivedOn,
    Integer closenessRating,
    Integer mutualConnections,
    LocalDate snoozedUntil,
    LocalDate skippedUntil,
    String skipReason,
    boolean ended) {

  /** Where the tie stands on a day, read from the dates the model set when it was last written. */
  public app.rapport.model.WarmthState stateOn(LocalDate day) {
    if (tier == Tier.ACQUAINTANCE || nextNudgeOn == null) {
      return app.rapport.model.WarmthState.NO_RHYTHM;
    }
    if (dormantOn != null && !day.isBefore(dormantOn)) {
      return app.rapport.model.WarmthState.GOING_DORMANT;
    }
    if (atRiskOn != null && !day.isBefore(atRiskOn)) {
      return app.rapport.model.WarmthState.AT_RISK;
    }
    return day.isBefore(nextNudgeOn)
        ? app.rapport.model.WarmthState.WARM
        : app.rapport.model.WarmthState.NUDGE;
  }

  /** The day warmth counts from: the last two-way contact, or when the person became known. */
  public LocalDate countingFrom() {
    return lastTwoWayOn != null ? lastTwoWayOn : knownSince;
  }

  /** What closeness, latent trust and reachability today are computed from. */
  Standing standing() {
    return new Standing(
        knownSince,
        lastContactOn,
        lastTwoWayOn,
        count12mo,
        byThem12mo,
        channels12mo,
        depth12mo,
        trustBase,
        personalChannel,
        workChannel,
        closenessRating,
        mutualConnections);
  }
}

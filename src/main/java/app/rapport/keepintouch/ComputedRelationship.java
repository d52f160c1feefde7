package app.rapport.keepintouch;

import app.rapport.model.Tier;
import java.time.LocalDate;
import java.util.List;

/** What bringing a relationship up to date computes, ready to be stored. */
record ComputedRelationship(
    long contactId,
    Tier tier,
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
    LocalDate countedOn,
    double hoursTogether,
    double trustBase,
    double reconnectScore,
    boolean personalChannel,
    boolean workChannel,
    double relevance,
    boolean inTarget,
    boolean atTargetRole,
    int channelCount,
    List<LocalDate> revivals) {

  LocalDate revivedOn() {
    return revivals.isEmpty() ? null : revivals.get(revivals.size() - 1);
  }
}

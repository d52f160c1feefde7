package app.rapport.keepintouch;

import app.rapport.model.WarmthState;
import java.time.LocalDate;

/**
 * Where the user stands with one person today: warmth and what it means, when they last spoke, the
 * person's own rhythm, when a nudge is due, and whether the user put them off or ended it.
 */
public record KeepInTouchStatus(
    long contactId,
    LocalDate lastContactOn,
    LocalDate lastTwoWayOn,
    double warmth,
    WarmthState state,
    String reason,
    LocalDate nextNudgeOn,
    Integer rhythmDays,
    Integer cadenceDays,
    int touchpointCount,
    double closeness,
    String closenessReason,
    double latentTrust,
    LocalDate snoozedUntil,
    boolean ended) {

  /** The state in two or three plain words, for a badge. */
  public String stateLabel() {
    if (ended) {
      return "Relationship ended";
    }
    return switch (state) {
      case WARM -> "Warm";
      case NUDGE -> "Time to reach out";
      case AT_RISK -> "Cooling: at risk";
      case GOING_DORMANT -> "Going dormant";
      case NO_RHYTHM -> "No rhythm kept";
    };
  }

  public int warmthPercent() {
    return (int) Math.round(warmth * 100);
  }
}

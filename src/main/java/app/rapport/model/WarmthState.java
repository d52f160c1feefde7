package app.rapport.model;

/**
 * Where a tie stands against its rhythm (§9.3a). The thresholds count missed cadences: with a
 * half-life of three cadences, 2 missed leaves warmth at about 0.63, 4 at 0.40 and 8 at 0.16.
 */
public enum WarmthState {
  /** Fewer than two cadences missed: nothing to do. */
  WARM,
  /** Two or more cadences missed: time for a touchpoint. */
  NUDGE,
  /** Four or more missed: the tie is at risk of fading. */
  AT_RISK,
  /**
   * Eight or more missed: a tie silent for more than 8 times its usual interval most likely decays
   * (Navarro et al. 2017). It is not lost: latent trust survives for years.
   */
  GOING_DORMANT,
  /** An acquaintance: no rhythm to keep, never nudged; their value is latent. */
  NO_RHYTHM;

  /** Whether the user should be reminded about this person. */
  public boolean needsAttention() {
    return this == NUDGE || this == AT_RISK || this == GOING_DORMANT;
  }
}

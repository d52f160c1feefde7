package app.rapport.model;

/** The kinds of yearly networking goal the product suggests (§9.9). */
public enum GoalKind {
  /** Dormant ties reconnected with. */
  RECONNECT_DORMANT(Measure.COUNT),
  /** New people met. */
  MEET_NEW(Measure.COUNT),
  /** Touchpoints with Active and Network ties. */
  TOUCHPOINTS(Measure.COUNT),
  /** Percentage of Active and Network ties reachable on two or more channels. */
  CHANNELS(Measure.LEVEL),
  /** Introductions asked for. */
  INTRODUCTIONS_ASKED(Measure.COUNT),
  /** Informational interviews held. */
  INFO_INTERVIEWS(Measure.COUNT),
  /** The Ready-10 score, to keep at ten all year. */
  READY10(Measure.LEVEL);

  /** How progress toward a goal is measured. */
  public enum Measure {
    /** Adds up over the period: on track when progress keeps pace with the calendar. */
    COUNT,
    /** A level to hold all period: on track when at or above the target now. */
    LEVEL
  }

  private final Measure measure;

  GoalKind(Measure measure) {
    this.measure = measure;
  }

  public Measure measure() {
    return measure;
  }
}

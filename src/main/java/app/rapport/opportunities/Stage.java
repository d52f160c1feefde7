package app.rapport.opportunities;

/**
 * Where an opportunity stands, in order from a lead to an accepted offer; {@link #CLOSED} ends it
 * at any point (declined, filled, no answer).
 */
public enum Stage {
  LEAD("Lead"),
  APPLIED("Applied"),
  INTERVIEWING("Interviewing"),
  OFFER("Offer"),
  ACCEPTED("Accepted"),
  CLOSED("Closed");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The next stage forward, or null from an accepted or closed opportunity. */
  public Stage next() {
    return this == ACCEPTED || this == CLOSED ? null : values()[ordinal() + 1];
  }

  /** The stage before, or null from a lead or a closed opportunity. */
  public Stage previous() {
    return this == LEAD || this == CLOSED ? null : values()[ordinal() - 1];
  }

  /** The stages an opportunity moves through, without {@link #CLOSED}. */
  public static Stage[] progress() {
    return new Stage[] {LEAD, APPLIED, INTERVIEWING, OFFER, ACCEPTED};
  }

  /**
   * The furthest stage an opportunity has reached, after a move from {@code from} to {@code to}.
   * Closing keeps it; reopening a closed one can only raise it; moving back between open stages is
   * taken as correcting a mistake, so it lowers it.
   */
  public static Stage furthestAfter(Stage furthest, Stage from, Stage to) {
    if (to == CLOSED) {
      return furthest;
    }
    if (from == CLOSED || to.ordinal() >= from.ordinal()) {
      return to.ordinal() > furthest.ordinal() ? to : furthest;
    }
    return to;
  }

  public static Stage parse(String text) {
    if (text == null) {
      return null;
    }
    for (Stage stage : values()) {
      if (stage.name().equalsIgnoreCase(text.trim())) {
        return stage;
      }
    }
    return null;
  }
}

package app.rapport.model;

/**
 * Who reached out. Only a touchpoint where the other person took part ({@link #INBOUND} or {@link
 * #MUTUAL}) counts as two-way contact and resets warmth; a message left unanswered does not.
 */
public enum Direction {
  OUTBOUND("I reached out"),
  INBOUND("They reached out"),
  MUTUAL("We both did (a meeting, a call, a conversation)");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isTwoWay() {
    return this != OUTBOUND;
  }
}

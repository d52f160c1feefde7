package app.rapport.introductions;

/**
 * How far an introduction got. {@link #ASKED} is the user's own request ("Ask for an introduction"
 * on a warm path); the others follow the column's story: a colleague offers names, makes the
 * introduction, and the user meets the person.
 */
public enum IntroductionStatus {
  ASKED("You asked for it"),
  OFFERED("Offered"),
  MADE("Made"),
  MET("You met");

  private final String label;

  IntroductionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The next step, or null at the last one. */
  public IntroductionStatus next() {
    return this == MET ? null : values()[ordinal() + 1];
  }

  /** The status named by text such as "made" or "MADE", or null when it names none. */
  public static IntroductionStatus parse(String text) {
    if (text == null) {
      return null;
    }
    for (IntroductionStatus status : values()) {
      if (status.name().equalsIgnoreCase(text.trim())) {
        return status;
      }
    }
    return null;
  }
}

package app.rapport.introductions;

/** How two people know each other, as the user says it. */
public enum KnowsHow {
  WORKED_TOGETHER("Worked together", "worked with"),
  STUDIED_TOGETHER("Studied together", "studied with"),
  SAME_GROUP("Belong to the same group, club or association", "knows"),
  OTHER("Know each other some other way", "knows");

  private final String label;
  private final String verb;

  KnowsHow(String label, String verb) {
    this.label = label;
    this.verb = verb;
  }

  public String label() {
    return label;
  }

  /** The verb of "Ann worked with Bob", "Ann knows Bob". */
  public String verb() {
    return verb;
  }

  /** Whether people who know each other this way do by default through work. */
  public boolean professionalByDefault() {
    return this == WORKED_TOGETHER;
  }

  public static KnowsHow parse(String text) {
    if (text == null) {
      return null;
    }
    for (KnowsHow how : values()) {
      if (how.name().equalsIgnoreCase(text.trim())) {
        return how;
      }
    }
    return null;
  }
}

package app.rapport.contacts;

/** How senior a person is compared with the role the user is aiming for. */
public enum Seniority {
  BELOW("Junior to the role I want"),
  PEER("At about that level"),
  ABOVE("Senior to the role I want");

  private final String label;

  Seniority(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The seniority named by text such as "above", or null when it names none. */
  public static Seniority parse(String text) {
    if (text == null) {
      return null;
    }
    for (Seniority s : values()) {
      if (s.name().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    return null;
  }
}

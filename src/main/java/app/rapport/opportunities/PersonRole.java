package app.rapport.opportunities;

/** A person's part in an opportunity. */
public enum PersonRole {
  SOURCE("Brought it to you"),
  REFERRER("Referred you"),
  HIRING_MANAGER("Hiring manager"),
  INTERVIEWER("Interviewer"),
  RECRUITER("Recruiter"),
  OTHER("Involved");

  private final String label;

  PersonRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static PersonRole parse(String text) {
    if (text == null) {
      return null;
    }
    for (PersonRole role : values()) {
      if (role.name().equalsIgnoreCase(text.trim())) {
        return role;
      }
    }
    return null;
  }
}

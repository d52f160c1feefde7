package app.rapport.opportunities;

/**
 * How an opportunity came to the user: the first question of "which relationships opened doors".
 */
public enum OpportunitySource {
  INTRODUCTION("An introduction"),
  REFERRAL("A referral"),
  CONTACT("Someone you know told you"),
  RECRUITER("A recruiter"),
  DIRECT_APPLICATION("You applied directly"),
  JOB_BOARD("A job board or advert"),
  EVENT("An event"),
  OTHER("Something else");

  private final String label;

  OpportunitySource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static OpportunitySource parse(String text) {
    if (text == null) {
      return null;
    }
    for (OpportunitySource source : values()) {
      if (source.name().equalsIgnoreCase(text.trim())) {
        return source;
      }
    }
    return null;
  }
}

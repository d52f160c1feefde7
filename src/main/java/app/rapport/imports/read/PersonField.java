package app.rapport.imports.read;

/** What a column of a spreadsheet may hold, for the column-mapping screen. */
public enum PersonField {
  FULL_NAME("Full name", false),
  FIRST_NAME("First name", false),
  LAST_NAME("Last name", false),
  EMAIL("Email address", true),
  PHONE("Phone number", true),
  COMPANY("Company", false),
  TITLE("Job title", false),
  NOTES("Notes", true),
  LINKEDIN_URL("LinkedIn profile address", false),
  DATE_CONNECTED("Date connected", false),
  BIRTHDAY("Birthday", false),
  IGNORE("Leave out", true);

  private final String label;
  private final boolean repeatable;

  PersonField(String label, boolean repeatable) {
    this.label = label;
    this.repeatable = repeatable;
  }

  public String label() {
    return label;
  }

  /** Whether several columns may hold this field (a work and a home email column, say). */
  public boolean isRepeatable() {
    return repeatable;
  }
}

package app.rapport.contacts;

/**
 * Why two people may be one. The first three are keys an import matches on, so two people share one
 * only when they were added by hand or before; a shared name is only ever a suggestion.
 */
public enum DuplicateReason {
  SAME_LINKEDIN("They have the same LinkedIn profile"),
  SAME_EMAIL("They have an email address in common"),
  SAME_PHONE("They have a phone number in common"),
  SAME_NAME_AND_ORGANIZATION("Same name, at the same organisation"),
  SAME_NAME("Same name (perhaps one of them changed jobs)");

  private final String label;

  DuplicateReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

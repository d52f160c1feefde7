package app.rapport.contacts;

/**
 * What the user picks, one side or the other, when two people are merged. Email addresses, phone
 * numbers and tags are not among them: a merge keeps those of both.
 */
public enum MergeField {
  FULL_NAME("Name"),
  COMPANY("Organisation"),
  TITLE("Role"),
  INDUSTRY("Industry"),
  TIER("How close"),
  CADENCE("Keep in touch every"),
  LINKEDIN("LinkedIn"),
  KNOWN_SINCE("Known since"),
  BIRTHDAY("Birthday"),
  HOW_WE_MET("How you met"),
  NOTES("Notes"),
  CAREER("Career facts");

  private final String label;

  MergeField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether both sides can be kept, one after the other (free text). */
  public boolean canKeepBoth() {
    return this == NOTES || this == HOW_WE_MET;
  }
}

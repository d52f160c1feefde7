package app.rapport.model;

/**
 * What two people share, the evidence that one knows the other (§9.8). Ordered from most to least
 * evidence, after LinkedIn's organisational-overlap model (Hsieh et al. 2013): "two members who
 * worked together in a small organization for 10 years" have more affinity than a few months'
 * colleagues.
 */
public enum Overlap {
  /** Worked at the same employer at the same time for more than a year. */
  SAME_EMPLOYER_OVER_A_YEAR("worked together for over a year"),
  /** Worked at the same employer at the same time for less than a year. */
  SAME_EMPLOYER_UNDER_A_YEAR("worked together for under a year"),
  /** Studied at the same school. */
  SAME_SCHOOL("went to the same school"),
  /** Belong to the same association, club or group. */
  SAME_GROUP("belong to the same group"),
  /**
   * Only entered by hand or named in passing ("she mentioned she knows him"), with no shared
   * organisation on record.
   */
  STATED_ONLY("were said to know each other");

  private final String words;

  Overlap(String words) {
    this.words = words;
  }

  /** The overlap in words, as in "they worked together for over a year". */
  public String words() {
    return words;
  }
}

package app.rapport.profile;

/**
 * What relevance to the user's search is judged on: where a person works, in what industry,
 * function and role, whether their organisation is one the user marked as a target, how senior they
 * are compared with the role the user wants (null when not known), and whether they can hire or
 * refer.
 */
public record PersonFacts(
    String industry,
    String jobFunction,
    String title,
    String organization,
    boolean organizationIsTarget,
    Boolean seniorityAtOrAbove,
    boolean canHireOrRefer) {

  /** Facts from where someone works alone, when nothing else is known. */
  public static PersonFacts of(
      String industry, String title, String organization, boolean organizationIsTarget) {
    return new PersonFacts(industry, null, title, organization, organizationIsTarget, null, false);
  }
}

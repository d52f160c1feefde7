package app.rapport.model;

/**
 * How a person relates to the user's target (§9.5): {@code Relevance = 0.5 × inTarget + 0.3 ×
 * statusAtOrAbove + 0.2 × canHireOrRefer}. Higher status makes a contact more valuable (Walter,
 * Levin &amp; Murnighan 2015; Lin's status argument). Only meaningful when the user has a target:
 * without one, every answer here would be "no" and say nothing.
 *
 * @param inTargetFieldOrCompany works in the target industry, function or company
 * @param statusAtOrAboveTargetRole at or above the level of the role the user is aiming for
 * @param canHireOrRefer can hire, refer or introduce into the target
 */
public record Relevance(
    boolean inTargetFieldOrCompany, boolean statusAtOrAboveTargetRole, boolean canHireOrRefer) {

  /** Relevance in [0, 1]. */
  public double score(ModelParameters parameters) {
    return (inTargetFieldOrCompany ? parameters.relevanceWeightInTarget() : 0)
        + (statusAtOrAboveTargetRole ? parameters.relevanceWeightStatus() : 0)
        + (canHireOrRefer ? parameters.relevanceWeightCanHireOrRefer() : 0);
  }
}

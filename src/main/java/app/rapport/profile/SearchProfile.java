package app.rapport.profile;

import java.util.List;

/**
 * What the user is looking for. Targets make a person relevant to the search; being actively
 * searching adds one "ask" to each week's plan; the weekly budget caps how many people the plan
 * suggests reaching out to.
 */
public record SearchProfile(
    List<String> targetIndustries,
    List<String> targetRoles,
    List<String> targetCompanies,
    boolean activelySearching,
    int weeklyBudget,
    int version) {

  public static final int DEFAULT_WEEKLY_BUDGET = 4;

  public static SearchProfile empty() {
    return new SearchProfile(List.of(), List.of(), List.of(), false, DEFAULT_WEEKLY_BUDGET, 0);
  }

  /** Whether any target is set; without one, relevance to the search cannot be judged. */
  public boolean hasTarget() {
    return !targetIndustries.isEmpty() || !targetRoles.isEmpty() || !targetCompanies.isEmpty();
  }
}

package app.rapport.profile;

import java.util.List;

/**
 * What the user is looking for. Targets make a person relevant to the search; being actively
 * searching adds one "ask" to each week's plan; the weekly budget caps how many people the plan
 * suggests reaching out to; the horizon is how many months the user expects the search to take; a
 * career changer's Ready-10 checks that some of the ten already work in the new field.
 */
public record SearchProfile(
    List<String> targetIndustries,
    List<String> targetRoles,
    List<String> targetCompanies,
    boolean activelySearching,
    int weeklyBudget,
    int horizonMonths,
    boolean careerChanger,
    int version) {

  public static final int DEFAULT_WEEKLY_BUDGET = 4;

  /**
   * Late-career searches take longer: spells of 35 to 44 weeks were typical at 55+ in slack markets
   * (science.md §9.9), so the default plans for nine months.
   */
  public static final int DEFAULT_HORIZON_MONTHS = 9;

  public static SearchProfile empty() {
    return new SearchProfile(
        List.of(),
        List.of(),
        List.of(),
        false,
        DEFAULT_WEEKLY_BUDGET,
        DEFAULT_HORIZON_MONTHS,
        true,
        0);
  }

  /** Whether any target is set; without one, relevance to the search cannot be judged. */
  public boolean hasTarget() {
    return !targetIndustries.isEmpty() || !targetRoles.isEmpty() || !targetCompanies.isEmpty();
  }
}

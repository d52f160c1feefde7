package app.rapport.model;

/**
 * How much networking to ask of the user in a week (§9.4, calibration). About 60% of social time
 * goes to 15 people (Dunbar 2020), so the budget is a few touches, not equal effort for everyone.
 *
 * @param touchesMin fewest touches to Active and Network ties a week
 * @param touchesMax most touches a week
 * @param touchesSuggested the touches suggested by default
 * @param reconnections reconnections with a dormant tie
 * @param asks introduction requests or other asks; none unless the user is searching
 */
public record WeeklyBudget(
    int touchesMin, int touchesMax, int touchesSuggested, int reconnections, int asks) {

  /** The week's budget, with an ask only while the user is actively searching. */
  public static WeeklyBudget of(ModelParameters parameters, boolean searching) {
    return new WeeklyBudget(
        parameters.weeklyTouchesMin(),
        parameters.weeklyTouchesMax(),
        parameters.weeklyTouchesDefault(),
        parameters.weeklyReconnections(),
        searching ? parameters.weeklyAsksWhenSearching() : 0);
  }

  /**
   * "Networking all year": a Network-tier tie below the warmth floor (0.4) deserves a touch even
   * when the user is not searching, since nine in ten bridges are gone a year later (Burt 2002).
   */
  public static boolean keepWarmAllYear(ModelParameters parameters, Tier tier, double warmth) {
    return tier == Tier.NETWORK && warmth < parameters.networkTierWarmthFloor();
  }
}

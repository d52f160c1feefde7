package app.rapport.goals;

import java.util.List;

/** A goal with its progress, the words that describe it, and where it stood week by week. */
public record GoalView(
    Goal goal, GoalProgress progress, String unit, String label, List<GoalWeek> weeks) {}

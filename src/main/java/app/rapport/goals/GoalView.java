package app.rapport.goals;

/** A goal with its progress and the words that describe it. */
public record GoalView(Goal goal, GoalProgress progress, String unit, String label) {}

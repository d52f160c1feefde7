package app.rapport.goals;

import java.time.LocalDate;

/** Where a goal stood at the start of a week. */
public record GoalWeek(LocalDate weekStart, double progress) {}

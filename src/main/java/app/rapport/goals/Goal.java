package app.rapport.goals;

import app.rapport.model.GoalKind;
import java.time.LocalDate;

/**
 * A networking goal for a period: "reconnect with 52 dormant contacts this year", with the if-then
 * plan that makes it happen. The period runs from {@code periodStart} to {@code periodEnd}, both
 * days included.
 */
public record Goal(
    long id,
    GoalKind kind,
    int target,
    LocalDate periodStart,
    LocalDate periodEnd,
    String plan,
    int version) {}

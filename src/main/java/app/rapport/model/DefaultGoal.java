package app.rapport.model;

import java.util.Objects;

/**
 * A suggested yearly goal, written as an if-then plan: implementation intentions had an effect of d
 * ≈ 0.65 across 94 studies (Gollwitzer &amp; Sheeran 2006).
 *
 * @param kind what is counted
 * @param target the yearly target, in {@code unit}
 * @param unit what the target counts, in plain words
 * @param plan the if-then plan sentence offered to the user
 * @param source where the target comes from
 */
public record DefaultGoal(GoalKind kind, int target, String unit, String plan, String source) {

  public DefaultGoal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(source, "source");
  }
}

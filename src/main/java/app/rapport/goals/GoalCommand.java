package app.rapport.goals;

import app.rapport.model.GoalKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What setting or changing a goal takes. */
public record GoalCommand(
    @NotNull(message = "Choose what the goal is about.") GoalKind kind,
    @Min(value = 1, message = "Set a target of at least {value}.")
        @Max(value = 100000, message = "Set a target of at most {value}.")
        int target,
    @NotNull(message = "Choose when the goal starts.") LocalDate periodStart,
    @NotNull(message = "Choose when the goal ends.") LocalDate periodEnd,
    @Size(max = 500, message = "Keep the plan to {max} characters: one if-then sentence.")
        String plan) {}

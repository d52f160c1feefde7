package app.rapport.contacts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the advice needs to know about a person beyond how to reach them (science.md §9.1): their
 * function, how senior they are compared with the role the user wants, whether they can hire or
 * refer, whether (and since when) they know what the user is looking for, mutual connections, how
 * close the user feels (1 to 5), and whether the user would rather not contact them at all.
 */
public record CareerFacts(
    @Size(max = 100, message = "A function has at most {max} characters.") String jobFunction,
    Seniority seniority,
    boolean canHireOrRefer,
    LocalDate knowsGoalSince,
    @Min(value = 0, message = "Mutual connections cannot be below 0.")
        @Max(value = 100000, message = "Use at most {value} mutual connections.")
        Integer mutualConnections,
    @Min(value = 1, message = "Rate closeness from 1 (distant) to 5 (very close).")
        @Max(value = 5, message = "Rate closeness from 1 (distant) to 5 (very close).")
        Integer closenessRating,
    boolean doNotContact) {

  public static CareerFacts none() {
    return new CareerFacts(null, null, false, null, null, null, false);
  }

  public boolean knowsGoal() {
    return knowsGoalSince != null;
  }
}

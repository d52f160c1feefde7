package app.rapport.goals.web;

import app.rapport.goals.Goal;
import app.rapport.goals.GoalCommand;
import app.rapport.model.GoalKind;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The goal form as typed. The period is this year, quarter or month, or two dates of the user's
 * choosing ({@code CUSTOM}).
 */
public record GoalForm(
    String kind,
    String target,
    String period,
    String periodStart,
    String periodEnd,
    String plan,
    Integer version) {

  public static GoalForm blank() {
    return new GoalForm("", "", "YEAR", "", "", "", null);
  }

  public static GoalForm of(Goal goal) {
    return new GoalForm(
        goal.kind().name(),
        String.valueOf(goal.target()),
        "CUSTOM",
        goal.periodStart().toString(),
        goal.periodEnd().toString(),
        goal.plan(),
        goal.version());
  }

  /** The form read as a command, with a problem for each field that could not be read. */
  public Parsed parse(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    GoalKind parsedKind = null;
    if (Text.trimToNull(kind) == null) {
      problems.add(new FieldProblem("kind", "Choose what the goal is about."));
    } else {
      try {
        parsedKind = GoalKind.valueOf(kind.trim());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("kind", "Choose one of the listed goals."));
      }
    }
    int parsedTarget = 0;
    if (target == null || target.isBlank()) {
      problems.add(new FieldProblem("target", "Enter the target: how many, as a whole number."));
    } else if (!target.trim().matches("-?\\d+")) {
      problems.add(new FieldProblem("target", "Write the target as a whole number, such as 12."));
    } else {
      try {
        parsedTarget = Integer.parseInt(target.trim());
      } catch (NumberFormatException e) {
        // a whole number too large to be a target: the rules refuse it as too large
        parsedTarget = Integer.MAX_VALUE;
      }
    }
    LocalDate start;
    LocalDate end;
    switch (period == null ? "YEAR" : period) {
      case "QUARTER" -> {
        start = today.with(IsoFields.DAY_OF_QUARTER, 1);
        end = start.plusMonths(3).minusDays(1);
      }
      case "MONTH" -> {
        start = today.withDayOfMonth(1);
        end = start.plusMonths(1).minusDays(1);
      }
      case "CUSTOM" -> {
        start = date(periodStart, "periodStart", problems);
        end = date(periodEnd, "periodEnd", problems);
      }
      default -> {
        start = today.withDayOfYear(1);
        end = start.plusYears(1).minusDays(1);
      }
    }
    return new Parsed(new GoalCommand(parsedKind, parsedTarget, start, end, plan), problems);
  }

  private static LocalDate date(String text, String field, List<FieldProblem> problems) {
    if (Text.trimToNull(text) == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(
          new FieldProblem(field, "Write the date as year-month-day, for example 2027-12-31."));
      return null;
    }
  }

  /** A command read from the form, and what could not be read. */
  public record Parsed(GoalCommand command, List<FieldProblem> problems) {}
}

package app.rapport.introductions.web;

import app.rapport.introductions.IntroductionCommand;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** What the introduction form posts, as typed. */
public record IntroductionForm(
    String introducerId,
    String introducerName,
    String introducerCompany,
    String introducedId,
    String introducedName,
    String introducedCompany,
    String occurredOn,
    String status,
    String context,
    String touchpointId,
    String returnTo) {

  public static IntroductionForm blank(
      LocalDate today, String introducerId, String introducedId, String returnTo) {
    return new IntroductionForm(
        introducerId == null ? "" : introducerId,
        "",
        "",
        introducedId == null ? "" : introducedId,
        "",
        "",
        today.toString(),
        IntroductionStatus.MADE.name(),
        "",
        "",
        returnTo);
  }

  public Parsed parse() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate on = null;
    if (Text.trimToNull(occurredOn) != null) {
      try {
        on = LocalDate.parse(occurredOn.trim());
      } catch (DateTimeParseException e) {
        problems.add(
            new FieldProblem(
                "occurredOn", "Write the date as year-month-day, for example 2026-11-24."));
      }
    }
    IntroductionStatus parsedStatus = IntroductionStatus.parse(status);
    if (parsedStatus == null && Text.trimToNull(status) != null) {
      problems.add(new FieldProblem("status", "Choose one of the listed steps."));
    }
    return new Parsed(
        new IntroductionCommand(
            FormPeople.input(introducerId, introducerName, introducerCompany),
            FormPeople.input(introducedId, introducedName, introducedCompany),
            on,
            parsedStatus,
            context,
            Ids.parse(touchpointId).orElse(null)),
        problems);
  }

  /** A command read from the form, and what could not be read. */
  public record Parsed(IntroductionCommand command, List<FieldProblem> problems) {}
}

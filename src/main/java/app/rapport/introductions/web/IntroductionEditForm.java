package app.rapport.introductions.web;

import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionChange;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** What the form that changes an introduction posts, as typed. */
public record IntroductionEditForm(
    String occurredOn, String status, String context, Integer version, String returnTo) {

  public static IntroductionEditForm of(Introduction i, String returnTo) {
    return new IntroductionEditForm(
        i.occurredOn().toString(),
        i.status().name(),
        i.context() == null ? "" : i.context(),
        i.version(),
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
    return new Parsed(
        new IntroductionChange(on, IntroductionStatus.parse(status), context), problems);
  }

  public record Parsed(IntroductionChange change, List<FieldProblem> problems) {}
}

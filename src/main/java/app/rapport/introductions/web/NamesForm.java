package app.rapport.introductions.web;

import app.rapport.introductions.MentionedNamesCommand;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the "they mentioned names" form posts: who gave the names, in which conversation, and up to
 * three names, each with where they work and why to talk to them.
 */
public record NamesForm(
    String introducerId, String touchpointId, String occurredOn, List<Row> names, String returnTo) {

  /** The rows a blank form has: the column's colleagues gave one to three names. */
  public static final int ROWS = 3;

  /** One name as typed; {@code contactId} is chosen when several people share the name. */
  public record Row(String fullName, String company, String context, String contactId) {}

  public NamesForm {
    List<Row> rows = names == null ? new ArrayList<>() : new ArrayList<>(names);
    while (rows.size() < ROWS) {
      rows.add(new Row("", "", "", ""));
    }
    names = rows;
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
    List<MentionedNamesCommand.MentionedName> rows = new ArrayList<>();
    for (Row row : names) {
      rows.add(
          row == null
              ? null
              : new MentionedNamesCommand.MentionedName(
                  FormPeople.input(row.contactId(), row.fullName(), row.company()), row.context()));
    }
    return new Parsed(
        new MentionedNamesCommand(
            FormPeople.input(introducerId, null, null),
            Ids.parse(touchpointId).orElse(null),
            on,
            rows),
        problems);
  }

  /** A command read from the form, and what could not be read. */
  public record Parsed(MentionedNamesCommand command, List<FieldProblem> problems) {}
}

package app.rapport.introductions.web;

import app.rapport.introductions.MentionedNamesCommand;
import app.rapport.introductions.PersonInput;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The body of {@code POST /api/v1/introductions/mentioned}: the names someone gave. */
public record MentionedNamesInput(
    String introducerId, String touchpointId, LocalDate occurredOn, List<Name> names) {

  /** One name: someone in Rapport by id, or a name (and company) for someone who may be new. */
  public record Name(String contactId, String fullName, String company, String context) {}

  MentionedNamesCommand toCommand() {
    List<FieldProblem> problems = new ArrayList<>();
    Long introducer = ApiIds.parse(introducerId, "introducerId", "a person", problems);
    Long touchpoint = ApiIds.parse(touchpointId, "touchpointId", "a touchpoint", problems);
    List<MentionedNamesCommand.MentionedName> rows = new ArrayList<>();
    if (names != null) {
      for (int i = 0; i < names.size(); i++) {
        Name name = names.get(i);
        if (name == null) {
          rows.add(null);
          continue;
        }
        Long id =
            ApiIds.parse(name.contactId(), "names[" + i + "].contactId", "a person", problems);
        rows.add(
            new MentionedNamesCommand.MentionedName(
                new PersonInput(id, name.fullName(), name.company(), false), name.context()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new MentionedNamesCommand(
        new PersonInput(introducer, null, null, false), touchpoint, occurredOn, rows);
  }
}

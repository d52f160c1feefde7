package app.rapport.opportunities.web;

import app.rapport.introductions.PersonInput;
import app.rapport.model.Channel;
import app.rapport.opportunities.OpportunityCommand;
import app.rapport.opportunities.OpportunitySource;
import app.rapport.opportunities.PersonRole;
import app.rapport.opportunities.Stage;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.db.Ids;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/v1/opportunities}, and what {@code PATCH} merges into. {@code
 * sourceContactIds} name the people who brought it; {@code people} anyone else involved (by id, or
 * by name for someone who may be new). The stage defaults to {@code LEAD}.
 */
public record OpportunityInput(
    String title,
    String organization,
    Stage stage,
    OpportunitySource source,
    Channel channel,
    LocalDate openedOn,
    String nextStep,
    LocalDate nextStepOn,
    String notes,
    String introductionId,
    List<String> sourceContactIds,
    List<PersonIn> people,
    Integer version) {

  /** Someone involved: an id, or a name (and company) for someone who may be new. */
  public record PersonIn(String contactId, String fullName, String company, PersonRole role) {}

  OpportunityCommand toCommand() {
    List<FieldProblem> problems = new ArrayList<>();
    Long introduction = null;
    if (introductionId != null && !introductionId.isBlank()) {
      introduction = Ids.parse(introductionId).orElse(null);
      if (introduction == null) {
        problems.add(
            new FieldProblem(
                "introductionId", "'" + introductionId + "' is not an introduction's id."));
      }
    }
    List<OpportunityCommand.Involvement> involved = new ArrayList<>();
    for (String text : sourceContactIds == null ? List.<String>of() : sourceContactIds) {
      var id = Ids.parse(text);
      if (id.isEmpty()) {
        problems.add(
            new FieldProblem(
                "sourceContactIds[" + involved.size() + "]",
                "'" + text + "' is not a person's id."));
      }
      involved.add(
          new OpportunityCommand.Involvement(
              new PersonInput(id.orElse(null), id.isEmpty() ? text : null, null, false),
              PersonRole.SOURCE));
    }
    for (int i = 0; people != null && i < people.size(); i++) {
      PersonIn p = people.get(i);
      if (p == null) {
        continue;
      }
      Long id = null;
      if (p.contactId() != null && !p.contactId().isBlank()) {
        id = Ids.parse(p.contactId()).orElse(null);
        if (id == null) {
          problems.add(
              new FieldProblem(
                  "people[" + i + "].contactId", "'" + p.contactId() + "' is not a person's id."));
        }
      }
      involved.add(
          new OpportunityCommand.Involvement(
              new PersonInput(id, p.fullName(), p.company(), false),
              p.role() == null ? PersonRole.OTHER : p.role()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new OpportunityCommand(
        title,
        organization,
        stage == null ? Stage.LEAD : stage,
        source,
        channel,
        openedOn,
        nextStep,
        nextStepOn,
        notes,
        introduction,
        involved);
  }

  /**
   * The service names a person's problems by their place in the whole list ({@code people[i]}); the
   * API names them as the body did: {@code sourceContactIds[i]} for the first ones.
   */
  InvalidInput renamed(InvalidInput invalid) {
    int sources = sourceContactIds == null ? 0 : sourceContactIds.size();
    List<FieldProblem> renamed = new ArrayList<>();
    for (FieldProblem problem : invalid.problems()) {
      String field = problem.field();
      var matcher = java.util.regex.Pattern.compile("^people\\[(\\d+)\\](.*)$").matcher(field);
      if (matcher.matches()) {
        int index = Integer.parseInt(matcher.group(1));
        field =
            index < sources
                ? "sourceContactIds[" + index + "]"
                : "people[" + (index - sources) + "]" + matcher.group(2);
      }
      renamed.add(new FieldProblem(field, problem.message()));
    }
    return new InvalidInput(renamed);
  }
}

package app.rapport.introductions.web;

import app.rapport.introductions.KnowsHow;
import app.rapport.introductions.KnowsLinkCommand;
import app.rapport.introductions.PersonInput;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/v1/knows-links}, and what {@code PATCH} merges into. Each person is
 * an id, or a name (and company) for someone who may be new.
 */
public record KnowsLinkInput(
    String contactId,
    String fullName,
    String company,
    String otherContactId,
    String otherName,
    String otherCompany,
    KnowsHow how,
    Boolean professional,
    String organization,
    Integer fromYear,
    Integer toYear,
    String note,
    Integer version) {

  KnowsLinkCommand toCommand() {
    List<FieldProblem> problems = new ArrayList<>();
    Long person = ApiIds.parse(contactId, "contactId", "a person", problems);
    Long other = ApiIds.parse(otherContactId, "otherContactId", "a person", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new KnowsLinkCommand(
        new PersonInput(person, fullName, company, false),
        new PersonInput(other, otherName, otherCompany, false),
        how,
        professional,
        organization,
        fromYear,
        toYear,
        note);
  }
}

package app.rapport.introductions.web;

import app.rapport.introductions.IntroductionCommand;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.introductions.PersonInput;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/v1/introductions}. Each person is an id, or a name (and company) for
 * someone who may be new: a name that matches one person is that person, one that matches nobody
 * adds them. The date defaults to today, the status to {@code MADE}.
 */
public record IntroductionInput(
    String introducerId,
    String introducerName,
    String introducerCompany,
    String introducedId,
    String introducedName,
    String introducedCompany,
    LocalDate occurredOn,
    IntroductionStatus status,
    String context,
    String touchpointId) {

  IntroductionCommand toCommand(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    Long introducer = ApiIds.parse(introducerId, "introducerId", "a person", problems);
    Long introduced = ApiIds.parse(introducedId, "introducedId", "a person", problems);
    Long touchpoint = ApiIds.parse(touchpointId, "touchpointId", "a touchpoint", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new IntroductionCommand(
        new PersonInput(introducer, introducerName, introducerCompany, false),
        new PersonInput(introduced, introducedName, introducedCompany, false),
        occurredOn == null ? today : occurredOn,
        status == null ? IntroductionStatus.MADE : status,
        context,
        touchpoint);
  }
}

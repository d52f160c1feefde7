package app.rapport.opportunities;

import app.rapport.introductions.PersonRef;
import app.rapport.model.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lead, an application, an interview or an offer: where, what role, how far it has got, and the
 * people and the introduction that produced it.
 *
 * @param furthestStage how far it got (for the insights), closing aside
 * @param originCloseness the user's closeness to the person who brought it, when it was recorded
 */
public record Opportunity(
    long id,
    String title,
    Long organizationId,
    String organization,
    Stage stage,
    Stage furthestStage,
    OpportunitySource source,
    Channel channel,
    LocalDate openedOn,
    String nextStep,
    LocalDate nextStepOn,
    String notes,
    Long introductionId,
    Double originCloseness,
    TieStrength tieStrength,
    List<Involved> people,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant deletedAt) {

  public Opportunity {
    people = List.copyOf(people);
  }

  /** Someone involved, and their part. */
  public record Involved(PersonRef person, PersonRole role) {}

  /** The people who brought it to the user. */
  public List<PersonRef> sources() {
    return people.stream()
        .filter(p -> p.role() == PersonRole.SOURCE)
        .map(Involved::person)
        .toList();
  }

  /** "Practice Manager at Fabrikam Medical". */
  public String heading() {
    return organization == null ? title : title + " at " + organization;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }
}

package app.rapport.opportunities.web;

import app.rapport.introductions.web.PersonJson;
import app.rapport.model.Channel;
import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.OpportunitySource;
import app.rapport.opportunities.PersonRole;
import app.rapport.opportunities.Stage;
import app.rapport.opportunities.TieStrength;
import app.rapport.platform.db.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An opportunity as the JSON API shows it. {@code sourceContactIds} are the people who brought it;
 * {@code people} everyone involved with their part. {@code furthestStage}, {@code tieStrength} and
 * {@code originCloseness} are read-only.
 */
public record OpportunityJson(
    String id,
    String title,
    String organization,
    String organizationId,
    Stage stage,
    Stage furthestStage,
    OpportunitySource source,
    Channel channel,
    LocalDate openedOn,
    String nextStep,
    LocalDate nextStepOn,
    String notes,
    String introductionId,
    List<String> sourceContactIds,
    List<InvolvedJson> people,
    TieStrength tieStrength,
    Double originCloseness,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  /** Someone involved and their part; {@code removed} once they were deleted. */
  public record InvolvedJson(String contactId, String fullName, PersonRole role, boolean removed) {}

  public static OpportunityJson of(Opportunity o) {
    return new OpportunityJson(
        Ids.format(o.id()),
        o.title(),
        o.organization(),
        o.organizationId() == null ? null : Ids.format(o.organizationId()),
        o.stage(),
        o.furthestStage(),
        o.source(),
        o.channel(),
        o.openedOn(),
        o.nextStep(),
        o.nextStepOn(),
        o.notes(),
        o.introductionId() == null ? null : Ids.format(o.introductionId()),
        o.sources().stream().map(p -> Ids.format(p.contactId())).toList(),
        o.people().stream()
            .map(
                p -> {
                  PersonJson person = PersonJson.of(p.person());
                  return new InvolvedJson(
                      person.id(), person.fullName(), p.role(), person.removed());
                })
            .toList(),
        o.tieStrength(),
        o.originCloseness(),
        o.version(),
        o.createdAt(),
        o.updatedAt());
  }
}

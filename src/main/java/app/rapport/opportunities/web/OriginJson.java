package app.rapport.opportunities.web;

import app.rapport.introductions.IntroductionStatus;
import app.rapport.opportunities.Origin;
import app.rapport.opportunities.Stage;
import app.rapport.platform.db.Ids;
import java.time.LocalDate;
import java.util.List;

/**
 * The chain of people and introductions that led to an opportunity: the user knew the first person;
 * each next one was introduced by the one before ({@code introducedById}); the last brought the
 * opportunity.
 */
public record OriginJson(
    String opportunityId,
    String title,
    String organization,
    Stage stage,
    String summary,
    List<StepJson> chain) {

  /** A person in the chain and the introduction that brought them (none for the first). */
  public record StepJson(
      String contactId,
      String fullName,
      boolean removed,
      String introductionId,
      String introducedById,
      LocalDate introducedOn,
      IntroductionStatus status) {}

  static OriginJson of(Origin origin) {
    return new OriginJson(
        Ids.format(origin.opportunity().id()),
        origin.opportunity().title(),
        origin.opportunity().organization(),
        origin.opportunity().stage(),
        origin.summary(),
        origin.steps().stream()
            .map(
                s ->
                    new StepJson(
                        Ids.format(s.person().contactId()),
                        s.person().fullName(),
                        s.person().removed(),
                        s.introduction() == null ? null : Ids.format(s.introduction().id()),
                        s.introduction() == null
                            ? null
                            : Ids.format(s.introduction().introducer().contactId()),
                        s.introduction() == null ? null : s.introduction().occurredOn(),
                        s.introduction() == null ? null : s.introduction().status()))
            .toList());
  }
}

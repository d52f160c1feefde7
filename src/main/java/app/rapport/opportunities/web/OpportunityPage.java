package app.rapport.opportunities.web;

import app.rapport.introductions.PersonRef;
import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.Origin;
import app.rapport.opportunities.Stage;
import app.rapport.opportunities.StageChange;
import app.rapport.platform.db.Ids;
import app.rapport.platform.web.Dates;
import java.time.LocalDate;
import java.util.List;

/** One opportunity's page: what it is, how it came (its origin chain), its stages, its people. */
public record OpportunityPage(
    Opportunity opportunity, Origin origin, List<StageChange> history, LocalDate today) {

  public String id() {
    return Ids.format(opportunity.id());
  }

  public String self() {
    return "/opportunities/" + id();
  }

  public String link(PersonRef p) {
    return "/people/" + Ids.format(p.contactId());
  }

  public String written(LocalDate date) {
    return date == null ? "" : Dates.shortWritten(date) + " (" + Dates.relative(date, today) + ")";
  }

  public String shortDate(LocalDate date) {
    return Dates.shortWritten(date);
  }

  public List<Stage> stages() {
    return List.of(Stage.values());
  }

  public String fromLabel(StageChange change) {
    return change.from() == null ? "Started" : change.from().label();
  }
}

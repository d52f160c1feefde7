package app.rapport.opportunities.web;

import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.OpportunityService;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;

/** The "Opportunities" section of a person's page: those they were part of. */
public record PersonOpportunities(
    String id, String firstName, PageResult<Opportunity> opportunities) {

  /** How many a person's page shows; the rest are a link away. */
  public static final int SHOWN = 5;

  public static PersonOpportunities of(
      OpportunityService service, long account, long contactId, String firstName) {
    return new PersonOpportunities(
        Ids.format(contactId),
        firstName,
        service.list(account, null, contactId, new PageRequest(0, SHOWN)));
  }

  public String link(Opportunity o) {
    return "/opportunities/" + Ids.format(o.id());
  }
}

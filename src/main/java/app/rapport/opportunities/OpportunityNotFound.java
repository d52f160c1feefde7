package app.rapport.opportunities;

import app.rapport.platform.NotFound;
import app.rapport.platform.db.Ids;

/** No such opportunity in this account. */
public class OpportunityNotFound extends NotFound {

  private OpportunityNotFound(String id) {
    super("opportunity", id);
  }

  public static OpportunityNotFound forId(String id) {
    return new OpportunityNotFound(id);
  }

  public static OpportunityNotFound forId(long id) {
    return new OpportunityNotFound(Ids.format(id));
  }
}

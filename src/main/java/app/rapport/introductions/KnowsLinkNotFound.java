package app.rapport.introductions;

import app.rapport.platform.NotFound;
import app.rapport.platform.db.Ids;

/** No such link between two people in this account. */
public class KnowsLinkNotFound extends NotFound {

  private KnowsLinkNotFound(String id) {
    super("link between two people", id);
  }

  public static KnowsLinkNotFound forId(String id) {
    return new KnowsLinkNotFound(id);
  }

  public static KnowsLinkNotFound forId(long id) {
    return new KnowsLinkNotFound(Ids.format(id));
  }
}

package app.rapport.touchpoints;

import app.rapport.platform.NotFound;
import app.rapport.platform.db.Ids;

/** No such touchpoint in this account. */
public class TouchpointNotFound extends NotFound {

  private TouchpointNotFound(String id) {
    super("touchpoint", id);
  }

  public static TouchpointNotFound forId(String id) {
    return new TouchpointNotFound(id);
  }

  public static TouchpointNotFound forId(long id) {
    return new TouchpointNotFound(Ids.format(id));
  }
}

package app.rapport.keepintouch;

import app.rapport.platform.NotFound;
import app.rapport.platform.db.Ids;

/** No such follow-up in this account. */
public class FollowUpNotFound extends NotFound {

  private FollowUpNotFound(String id) {
    super("follow-up", id);
  }

  public static FollowUpNotFound forId(String id) {
    return new FollowUpNotFound(id);
  }

  public static FollowUpNotFound forId(long id) {
    return new FollowUpNotFound(Ids.format(id));
  }
}

package app.rapport.goals;

import app.rapport.platform.NotFound;
import app.rapport.platform.db.Ids;

/** No such goal in this account. */
public class GoalNotFound extends NotFound {

  private GoalNotFound(String id) {
    super("goal", id);
  }

  public static GoalNotFound forId(String id) {
    return new GoalNotFound(id);
  }

  public static GoalNotFound forId(long id) {
    return new GoalNotFound(Ids.format(id));
  }
}

package app.rapport.introductions;

import app.rapport.platform.NotFound;
import app.rapport.platform.db.Ids;

/** No such introduction in this account. */
public class IntroductionNotFound extends NotFound {

  private IntroductionNotFound(String id) {
    super("introduction", id);
  }

  public static IntroductionNotFound forId(String id) {
    return new IntroductionNotFound(id);
  }

  public static IntroductionNotFound forId(long id) {
    return new IntroductionNotFound(Ids.format(id));
  }
}

package app.rapport.organizations;

import app.rapport.platform.NotFound;
import app.rapport.platform.db.Ids;

/** No such organisation in this account. */
public class OrganizationNotFound extends NotFound {

  private OrganizationNotFound(String id) {
    super("organisation", id);
  }

  public static OrganizationNotFound forId(String id) {
    return new OrganizationNotFound(id);
  }

  public static OrganizationNotFound forId(long id) {
    return new OrganizationNotFound(Ids.format(id));
  }
}

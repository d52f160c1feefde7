package app.rapport.contacts;

import app.rapport.platform.NotFound;

/** No such person in this account, or the id is not an id at all. */
public class ContactNotFound extends NotFound {

  private ContactNotFound(String id) {
    super("person", id);
  }

  public static ContactNotFound forId(String id) {
    return new ContactNotFound(id);
  }

  public static ContactNotFound forId(long id) {
    return new ContactNotFound(app.rapport.platform.db.Ids.format(id));
  }
}

package app.rapport.introductions.web;

import app.rapport.introductions.PersonRef;
import app.rapport.platform.db.Ids;

/** A person an introduction or an opportunity names; {@code removed} once they were deleted. */
public record PersonJson(String id, String fullName, boolean removed) {

  public static PersonJson of(PersonRef person) {
    return new PersonJson(Ids.format(person.contactId()), person.fullName(), person.removed());
  }
}

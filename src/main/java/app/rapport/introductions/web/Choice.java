package app.rapport.introductions.web;

import app.rapport.contacts.ContactSummary;
import app.rapport.platform.db.Ids;

/** A person a form offers: their id, name and what tells them apart. */
public record Choice(String id, String name, String detail) {

  public static Choice of(ContactSummary c) {
    String detail =
        c.company() == null
            ? (c.primaryEmail() == null ? "" : c.primaryEmail())
            : (c.title() == null ? c.company() : c.title() + ", " + c.company());
    return new Choice(Ids.format(c.id()), c.fullName(), detail);
  }
}

package app.rapport.contacts.web;

import app.rapport.contacts.ContactSummary;
import app.rapport.contacts.DuplicatePair;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;

/** The possible duplicates page: pairs of people, each with why they may be one. */
public record DuplicatesView(PageResult<DuplicatePair> pairs) {

  public String id(ContactSummary person) {
    return Ids.format(person.id());
  }

  public String compareLink(DuplicatePair pair) {
    return "/people/merge?keep=" + id(pair.first()) + "&merge=" + id(pair.second());
  }

  /** "Contoso Health · ana@mail.example", or nothing. */
  public String detail(ContactSummary person) {
    StringBuilder detail = new StringBuilder();
    if (person.company() != null) {
      detail.append(person.company());
    }
    if (person.primaryEmail() != null) {
      detail.append(detail.isEmpty() ? "" : " · ").append(person.primaryEmail());
    }
    return detail.toString();
  }
}

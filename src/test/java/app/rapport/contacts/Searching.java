package app.rapport.contacts;

import app.rapport.platform.db.PageRequest;
import java.util.List;

/** The names a search finds, in the order the people list shows them, for the search tests. */
final class Searching {

  private Searching() {}

  /** The names of the first 50 people a search finds, in name order. */
  static List<String> names(ContactService contacts, long account, String query) {
    return contacts
        .list(
            account,
            new ContactFilter(query, null, null, ContactFilter.Sort.NAME),
            PageRequest.of(0, 50))
        .items()
        .stream()
        .map(ContactSummary::fullName)
        .toList();
  }
}

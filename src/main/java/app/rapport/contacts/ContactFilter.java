package app.rapport.contacts;

import app.rapport.model.Tier;
import app.rapport.platform.Text;

/**
 * Which people a list shows and in what order: words to search for, a tag, a tier. Words match the
 * start of any word in a person's name, organisation, role, industry, emails, tags and notes.
 */
public record ContactFilter(String query, String tag, Tier tier, Sort sort) {

  public enum Sort {
    NAME,
    ORGANIZATION,
    RECENTLY_ADDED
  }

  public ContactFilter {
    query = Text.trimToNull(query);
    tag = Text.trimToNull(tag);
    sort = sort == null ? Sort.NAME : sort;
  }

  public static ContactFilter all() {
    return new ContactFilter(null, null, null, Sort.NAME);
  }

  public boolean isEmpty() {
    return query == null && tag == null && tier == null;
  }
}

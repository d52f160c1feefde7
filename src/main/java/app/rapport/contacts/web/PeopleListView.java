package app.rapport.contacts.web;

import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactSummary;
import app.rapport.model.Tier;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The people list as its template shows it: the filter in effect and one page of people. */
public record PeopleListView(ContactFilter filter, PageResult<ContactSummary> page) {

  static final int PAGE_SIZE = 50;

  public List<Tier> tiers() {
    return List.of(Tier.values());
  }

  public String sortParam() {
    return switch (filter.sort()) {
      case NAME -> "name";
      case ORGANIZATION -> "organization";
      case RECENTLY_ADDED -> "recent";
    };
  }

  public String link(ContactSummary person) {
    return "/people/" + Ids.format(person.id());
  }

  public String organizationLink(ContactSummary person) {
    return person.organizationId() == null
        ? null
        : "/organizations/" + Ids.format(person.organizationId());
  }

  /** The address of another page of the same list. */
  public String pageLink(int number) {
    StringBuilder url = new StringBuilder("/people?page=").append(number);
    append(url, "q", filter.query());
    append(url, "tag", filter.tag());
    append(url, "tier", filter.tier() == null ? null : filter.tier().name());
    append(url, "sort", sortParam());
    return url.toString();
  }

  private static void append(StringBuilder url, String name, String value) {
    if (value != null) {
      url.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** What the live region announces after a search: "12 people found". */
  public String summary() {
    long total = page.total();
    if (filter.isEmpty()) {
      return total == 1 ? "1 person" : total + " people";
    }
    if (total > app.rapport.contacts.ContactService.COUNT_CAP) {
      return "More than "
          + String.format("%,d", app.rapport.contacts.ContactService.COUNT_CAP)
          + " people found: type more letters to narrow it down";
    }
    return total == 0 ? "Nobody found" : total == 1 ? "1 person found" : total + " people found";
  }
}

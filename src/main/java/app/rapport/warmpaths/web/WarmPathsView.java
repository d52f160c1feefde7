package app.rapport.warmpaths.web;

import app.rapport.contacts.ContactSummary;
import app.rapport.organizations.Organization;
import app.rapport.platform.db.Ids;
import app.rapport.platform.web.FormErrors;
import app.rapport.warmpaths.WarmPath;
import app.rapport.warmpaths.WarmPaths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The warm-paths page: the search, the organisations the user targets, and what was found. */
public record WarmPathsView(
    String organization,
    String contactId,
    WarmPaths found,
    FormErrors errors,
    List<Organization> targets) {

  public String id(ContactSummary c) {
    return Ids.format(c.id());
  }

  /** Where to come back to after asking: this same search. */
  public String self() {
    if (contactId != null && !contactId.isBlank()) {
      return "/warm-paths?contactId=" + contactId;
    }
    return "/warm-paths?organization="
        + URLEncoder.encode(organization == null ? "" : organization, StandardCharsets.UTF_8);
  }

  public String targetLink(Organization o) {
    return "/warm-paths?organization=" + URLEncoder.encode(o.name(), StandardCharsets.UTF_8);
  }

  public String ids(WarmPath path) {
    return String.join(",", path.people().stream().map(c -> Ids.format(c.id())).toList());
  }
}

package app.rapport.organizations.web;

import app.rapport.organizations.Organization;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The organisations list: a search, the targets-only switch, and one page. */
public record OrganizationListView(
    String query, boolean targetsOnly, PageResult<Organization> page) {

  public String link(Organization organization) {
    return "/organizations/" + Ids.format(organization.id());
  }

  public String pageLink(int number) {
    return "/organizations?page="
        + number
        + (query == null ? "" : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
        + (targetsOnly ? "&targets=true" : "");
  }
}

package app.rapport.organizations.web;

import app.rapport.organizations.Organization;
import app.rapport.organizations.OrganizationMember;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;

/** An organisation's page: its details and a page of the people who work there. */
public record OrganizationPage(Organization organization, PageResult<OrganizationMember> people) {

  public String id() {
    return Ids.format(organization.id());
  }

  public String personLink(OrganizationMember member) {
    return "/people/" + Ids.format(member.contactId());
  }

  public String pageLink(int page) {
    return "/organizations/" + id() + "?page=" + page;
  }
}

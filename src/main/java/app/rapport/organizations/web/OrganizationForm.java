package app.rapport.organizations.web;

import app.rapport.organizations.Organization;
import app.rapport.organizations.OrganizationCommand;

/** What the organisation form posts, as typed. */
public record OrganizationForm(
    String name, String website, String industry, Boolean target, String notes, Integer version) {

  public static OrganizationForm empty() {
    return new OrganizationForm("", "", "", false, "", null);
  }

  public static OrganizationForm of(Organization o) {
    return new OrganizationForm(
        o.name(), o.website(), o.industry(), o.target(), o.notes(), o.version());
  }

  public boolean isTarget() {
    return Boolean.TRUE.equals(target);
  }

  OrganizationCommand toCommand() {
    return new OrganizationCommand(name, website, industry, isTarget(), notes);
  }
}

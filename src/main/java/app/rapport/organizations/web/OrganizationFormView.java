package app.rapport.organizations.web;

import app.rapport.platform.web.FormErrors;

/** The organisation form as its template shows it. */
public record OrganizationFormView(
    OrganizationForm form, FormErrors errors, String id, boolean stale) {

  public boolean isNew() {
    return id == null;
  }

  public String action() {
    return isNew() ? "/organizations" : "/organizations/" + id;
  }
}

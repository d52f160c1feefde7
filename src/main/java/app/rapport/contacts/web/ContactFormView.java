package app.rapport.contacts.web;

import app.rapport.model.Tier;
import app.rapport.platform.web.FormErrors;
import java.util.List;

/** The person form as its template shows it: what was typed, its problems, new or edit. */
public record ContactFormView(ContactForm form, FormErrors errors, String id) {

  public boolean isNew() {
    return id == null;
  }

  public String action() {
    return isNew() ? "/people" : "/people/" + id;
  }

  public List<Tier> tiers() {
    return List.of(Tier.values());
  }

  public List<app.rapport.contacts.Seniority> seniorities() {
    return List.of(app.rapport.contacts.Seniority.values());
  }
}

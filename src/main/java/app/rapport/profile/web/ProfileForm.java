package app.rapport.profile.web;

import app.rapport.profile.SearchProfile;

/** The profile form, as typed: one target per line. */
public record ProfileForm(
    String targetIndustries,
    String targetRoles,
    String targetCompanies,
    boolean activelySearching,
    String weeklyBudget,
    String horizonMonths,
    boolean careerChanger,
    int version) {

  static ProfileForm of(SearchProfile p) {
    return new ProfileForm(
        String.join("\n", p.targetIndustries()),
        String.join("\n", p.targetRoles()),
        String.join("\n", p.targetCompanies()),
        p.activelySearching(),
        String.valueOf(p.weeklyBudget()),
        String.valueOf(p.horizonMonths()),
        p.careerChanger(),
        p.version());
  }
}

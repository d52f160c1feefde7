package app.rapport.profile.web;

import app.rapport.profile.ProfileCommand;
import app.rapport.profile.SearchProfile;
import java.util.List;

/** The search profile as the JSON API reads and writes it. */
public record ProfileJson(
    List<String> targetIndustries,
    List<String> targetRoles,
    List<String> targetCompanies,
    Boolean activelySearching,
    Integer weeklyBudget,
    Integer horizonMonths,
    Boolean careerChanger,
    Integer version) {

  static ProfileJson of(SearchProfile p) {
    return new ProfileJson(
        p.targetIndustries(),
        p.targetRoles(),
        p.targetCompanies(),
        p.activelySearching(),
        p.weeklyBudget(),
        p.horizonMonths(),
        p.careerChanger(),
        p.version());
  }

  ProfileCommand toCommand() {
    return new ProfileCommand(
        targetIndustries,
        targetRoles,
        targetCompanies,
        Boolean.TRUE.equals(activelySearching),
        weeklyBudget == null ? SearchProfile.DEFAULT_WEEKLY_BUDGET : weeklyBudget,
        horizonMonths == null ? SearchProfile.DEFAULT_HORIZON_MONTHS : horizonMonths,
        careerChanger == null || careerChanger);
  }
}

package app.rapport.profile.web;

import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import app.rapport.profile.ProfileCommand;
import app.rapport.profile.ProfileService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "What I'm looking for": the targets that make people relevant, and the weekly budget. */
@Controller
class ProfileController {

  private final ProfileService profiles;
  private final CurrentAccount account;

  ProfileController(ProfileService profiles, CurrentAccount account) {
    this.profiles = profiles;
    this.account = account;
  }

  @GetMapping("/profile")
  String show(@RequestParam(required = false) String returnTo, Model model) {
    boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//");
    model.addAttribute("returnTo", local ? returnTo : null);
    model.addAttribute(
        "profile",
        new ProfileFormView(ProfileForm.of(profiles.get(account.id())), FormErrors.none(), false));
    return "profile/index";
  }

  @PostMapping("/profile")
  String save(
      @RequestParam(required = false) String targetIndustries,
      @RequestParam(required = false) String targetRoles,
      @RequestParam(required = false) String targetCompanies,
      @RequestParam(required = false) boolean activelySearching,
      @RequestParam(required = false) String weeklyBudget,
      @RequestParam(required = false) String horizonMonths,
      @RequestParam(required = false) boolean careerChanger,
      @RequestParam(required = false) String returnTo,
      @RequestParam(required = false, defaultValue = "0") int version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ProfileForm form =
        new ProfileForm(
            targetIndustries,
            targetRoles,
            targetCompanies,
            activelySearching,
            weeklyBudget,
            horizonMonths,
            careerChanger,
            version);
    try {
      List<FieldProblem> unreadable = new ArrayList<>();
      int budget =
          number(weeklyBudget, "weeklyBudget", "Write a whole number, such as 4.", unreadable);
      int horizon =
          number(
              horizonMonths,
              "horizonMonths",
              "Write a whole number of months, such as 9.",
              unreadable);
      if (!unreadable.isEmpty()) {
        throw new InvalidInput(unreadable);
      }
      profiles.saveProfile(
          account.id(),
          version,
          new ProfileCommand(
              lines(targetIndustries),
              lines(targetRoles),
              lines(targetCompanies),
              activelySearching,
              budget,
              horizon,
              careerChanger));
      Notices.add(redirect, Notice.of("Saved what you are looking for."));
      boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//");
      return "redirect:" + (local ? returnTo : "/profile");
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      model.addAttribute("returnTo", returnTo);
      model.addAttribute(
          "profile", new ProfileFormView(form, FormErrors.of(fieldsOfLists(invalid)), false));
      return "profile/index";
    } catch (StaleEdit stale) {
      response.setStatus(409);
      ProfileForm keep =
          new ProfileForm(
              targetIndustries,
              targetRoles,
              targetCompanies,
              activelySearching,
              weeklyBudget,
              horizonMonths,
              careerChanger,
              profiles.get(account.id()).version());
      model.addAttribute("profile", new ProfileFormView(keep, FormErrors.none(), true));
      return "profile/index";
    }
  }

  private static int number(
      String text, String field, String message, List<FieldProblem> problems) {
    try {
      return Integer.parseInt(text == null ? "" : text.trim());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, message));
      return 0;
    }
  }

  /** A problem with one line of a list belongs to the whole text box on the page. */
  private static List<FieldProblem> fieldsOfLists(InvalidInput invalid) {
    return invalid.problems().stream()
        .map(p -> new FieldProblem(p.field().replaceAll("\\[\\d+]$", ""), p.message()))
        .toList();
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.asList(text.split("\\R"));
  }
}

package app.rapport.warmpaths.web;

import app.rapport.contacts.ContactNotFound;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import app.rapport.warmpaths.IntroductionAsk;
import app.rapport.warmpaths.WarmPathService;
import app.rapport.warmpaths.WarmPaths;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Warm paths: the ways into an organisation or to a person, and "Ask for an introduction". */
@Controller
class WarmPathsController {

  static final int TARGETS = 20;

  private final WarmPathService warmPaths;
  private final OrganizationService organizations;
  private final CurrentAccount account;

  WarmPathsController(
      WarmPathService warmPaths, OrganizationService organizations, CurrentAccount account) {
    this.warmPaths = warmPaths;
    this.organizations = organizations;
    this.account = account;
  }

  @GetMapping("/warm-paths")
  String search(
      @RequestParam(required = false) String organization,
      @RequestParam(required = false) String contactId,
      Model model) {
    WarmPaths found = null;
    FormErrors errors = FormErrors.none();
    try {
      if (contactId != null && !contactId.isBlank()) {
        long person = Ids.parse(contactId).orElseThrow(() -> ContactNotFound.forId(contactId));
        found = warmPaths.toPerson(account.id(), person);
      } else if (organization != null) {
        found = warmPaths.toOrganization(account.id(), organization);
      }
    } catch (InvalidInput invalid) {
      errors = FormErrors.of(invalid.problems());
    }
    model.addAttribute(
        "view",
        new WarmPathsView(
            organization == null ? "" : organization,
            contactId,
            found,
            errors,
            organizations.list(account.id(), null, true, new PageRequest(0, TARGETS)).items()));
    return "warmpaths/index";
  }

  @PostMapping("/warm-paths/ask")
  String ask(
      @RequestParam String path,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    List<Long> ids = new ArrayList<>();
    for (String text : path.split(",")) {
      Ids.parse(text).ifPresent(ids::add);
    }
    IntroductionAsk ask = warmPaths.askForIntroduction(account.id(), ids);
    Notices.add(
        redirect,
        Notice.withLink(
            "Added to today's plan: "
                + ask.followUp().what().replaceFirst("^Ask", "ask")
                + " It is also noted as an introduction you asked for.",
            "/today",
            "See today's plan"));
    String back = safe(returnTo);
    return "redirect:" + (back != null ? back : "/warm-paths");
  }

  static String safe(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.contains("\\")
        || returnTo.contains("\n")
        || returnTo.contains("\r")) {
      return null;
    }
    return returnTo;
  }
}

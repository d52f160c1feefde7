package app.rapport.organizations.web;

import app.rapport.organizations.Organization;
import app.rapport.organizations.OrganizationNotFound;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Fragments;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation pages: the list, an organisation with its people, the form. */
@Controller
@RequestMapping("/organizations")
class OrganizationsController {

  private static final int PAGE_SIZE = 50;

  private final OrganizationService organizations;
  private final CurrentAccount account;

  OrganizationsController(OrganizationService organizations, CurrentAccount account) {
    this.organizations = organizations;
    this.account = account;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) boolean targets,
      @RequestParam(required = false) Integer page,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    model.addAttribute(
        "organizations",
        new OrganizationListView(
            q == null || q.isBlank() ? null : q.strip(),
            targets,
            organizations.list(account.id(), q, targets, PageRequest.of(page, PAGE_SIZE))));
    return Fragments.wanted(htmx, response) ? "organizations/results" : "organizations/list";
  }

  @GetMapping("/new")
  String newForm(Model model) {
    return form(model, OrganizationForm.empty(), FormErrors.none(), null, false);
  }

  @PostMapping
  String create(
      @ModelAttribute OrganizationForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Organization created = organizations.addOrganization(account.id(), form.toCommand());
      Notices.add(redirect, Notice.of(created.name() + " was added."));
      return "redirect:/organizations/" + Ids.format(created.id());
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), null, false);
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, @RequestParam(required = false) Integer page, Model model) {
    long organizationId = parse(id);
    model.addAttribute(
        "page",
        new OrganizationPage(
            organizations.get(account.id(), organizationId),
            organizations.members(account.id(), organizationId, PageRequest.of(page, PAGE_SIZE))));
    return "organizations/show";
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable String id, Model model) {
    Organization organization = organizations.get(account.id(), parse(id));
    return form(model, OrganizationForm.of(organization), FormErrors.none(), id, false);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute OrganizationForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long organizationId = parse(id);
    try {
      int version = form.version() == null ? -1 : form.version();
      Organization saved =
          organizations.editOrganization(account.id(), organizationId, version, form.toCommand());
      Notices.add(redirect, Notice.of("Your changes to " + saved.name() + " were saved."));
      return "redirect:/organizations/" + id;
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), id, false);
    } catch (StaleEdit stale) {
      response.setStatus(409);
      Organization current = organizations.get(account.id(), organizationId);
      OrganizationForm keep =
          new OrganizationForm(
              form.name(),
              form.website(),
              form.industry(),
              form.target(),
              form.notes(),
              current.version());
      return form(model, keep, FormErrors.none(), id, true);
    }
  }

  @PostMapping("/{id}/target")
  String toggleTarget(
      @PathVariable String id, @RequestParam boolean target, RedirectAttributes redirect) {
    Organization saved = organizations.markTarget(account.id(), parse(id), target);
    Notices.add(
        redirect,
        Notice.of(
            saved.name()
                + (target
                    ? " is now one of your target organisations."
                    : " is no longer a target.")));
    return "redirect:/organizations/" + id;
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable String id, Model model, RedirectAttributes redirect) {
    try {
      Organization deleted = organizations.deleteOrganization(account.id(), parse(id));
      Notices.add(
          redirect,
          Notice.withUndo(deleted.name() + " was deleted.", "/organizations/" + id + "/restore"));
      return "redirect:/organizations";
    } catch (InvalidInput refused) {
      Notices.add(redirect, Notice.problem(refused.problems().get(0).message()));
      return "redirect:/organizations/" + id;
    }
  }

  @PostMapping("/{id}/restore")
  String restore(@PathVariable String id, RedirectAttributes redirect) {
    long organizationId = parse(id);
    organizations.restore(account.id(), organizationId);
    Notices.add(
        redirect, Notice.of(organizations.get(account.id(), organizationId).name() + " is back."));
    return "redirect:/organizations/" + id;
  }

  private String form(
      Model model, OrganizationForm form, FormErrors errors, String id, boolean stale) {
    model.addAttribute("form", new OrganizationFormView(form, errors, id, stale));
    return "organizations/form";
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> OrganizationNotFound.forId(id));
  }
}

package app.rapport.contacts.web;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactNotFound;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.Phones;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.KnowsLinkService;
import app.rapport.introductions.web.PersonIntroductions;
import app.rapport.keepintouch.FollowUp;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.StatusAndScores;
import app.rapport.model.Tier;
import app.rapport.opportunities.OpportunityService;
import app.rapport.opportunities.web.PersonOpportunities;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Fragments;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import app.rapport.platform.web.PageParts;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people pages: the list with search as you type, a person's page, the form, undo. */
@Controller
@RequestMapping("/people")
class ContactsController {

  static final int TIMELINE_PAGE = 20;

  private final ContactService contacts;
  private final KeepInTouchService keepInTouch;
  private final TouchpointService touchpoints;
  private final IntroductionService introductions;
  private final KnowsLinkService knows;
  private final OpportunityService opportunities;
  private final CurrentAccount account;
  private final Phones phones;
  private final PageParts parts;
  private final Clock clock;

  ContactsController(
      ContactService contacts,
      KeepInTouchService keepInTouch,
      TouchpointService touchpoints,
      IntroductionService introductions,
      KnowsLinkService knows,
      OpportunityService opportunities,
      CurrentAccount account,
      Phones phones,
      PageParts parts,
      Clock clock) {
    this.contacts = contacts;
    this.keepInTouch = keepInTouch;
    this.touchpoints = touchpoints;
    this.introductions = introductions;
    this.knows = knows;
    this.opportunities = opportunities;
    this.account = account;
    this.phones = phones;
    this.parts = parts;
    this.clock = clock;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    ContactFilter filter = new ContactFilter(q, tag, Tier.parse(tier), sortOf(sort));
    model.addAttribute(
        "people",
        new PeopleListView(
            filter,
            contacts.listForPage(
                account.id(), filter, PageRequest.of(page, PeopleListView.PAGE_SIZE))));
    if (Fragments.wanted(htmx, response)) {
      return "contacts/results";
    }
    model.addAttribute("tags", contacts.popularTags(account.id(), 30));
    return "contacts/list";
  }

  @GetMapping("/new")
  String newForm(Model model) {
    return form(model, ContactForm.empty(), FormErrors.none(), null);
  }

  @PostMapping
  String create(
      @ModelAttribute ContactForm form,
      @RequestParam(required = false) String add,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (add != null) {
      return form(model, form.withBlankRow(add), FormErrors.none(), null);
    }
    ContactForm.Parsed parsed = form.parse(LocalDate.now(clock));
    try {
      refuseIfUnreadable(parsed);
      Contact created = contacts.addContact(account.id(), parsed.command());
      Notices.add(redirect, Notice.of(created.fullName() + " was added."));
      return "redirect:/people/" + Ids.format(created.id());
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), null);
    }
  }

  @GetMapping("/deleted")
  String deleted(@RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("deleted", contacts.recentlyDeleted(account.id(), PageRequest.of(page, 50)));
    return "contacts/deleted";
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, @RequestParam(required = false) Integer page, Model model) {
    long contactId = parse(id);
    long me = account.id();
    Contact contact = contacts.get(me, contactId);
    LocalDate today = LocalDate.now(clock);
    String firstName = PersonPage.firstNameOf(contact.fullName());
    // Three of the page's reads on other threads while this one reads the rest: a dozen statements,
    // each a round trip to PostgreSQL (docs/benchmarks.md, finding 22).
    PageParts.Part<PersonIntroductions> introduced =
        parts.start(() -> PersonIntroductions.of(introductions, knows, me, contactId, firstName));
    PageParts.Part<PageResult<Touchpoint>> timeline =
        parts.start(() -> touchpoints.timeline(me, contactId, PageRequest.of(page, TIMELINE_PAGE)));
    PageParts.Part<PersonOpportunities> leads =
        parts.start(() -> PersonOpportunities.of(opportunities, me, contactId, firstName));
    StatusAndScores tie = keepInTouch.statusAndScores(me, contactId);
    List<FollowUp> followUps = keepInTouch.openFollowUpsFor(me, contactId);
    model.addAttribute(
        "page",
        new PersonPage(
            ContactView.of(contact, phones, today),
            tie.status(),
            tie.scores(),
            followUps,
            timeline.join(),
            today,
            introduced.join(),
            leads.join()));
    return "contacts/show";
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable String id, Model model) {
    Contact contact = contacts.get(account.id(), parse(id));
    return form(model, ContactForm.of(contact), FormErrors.none(), id);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute ContactForm form,
      @RequestParam(required = false) String add,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long contactId = parse(id);
    if (add != null) {
      return form(model, form.withBlankRow(add), FormErrors.none(), id);
    }
    ContactForm.Parsed parsed = form.parse(LocalDate.now(clock));
    try {
      refuseIfUnreadable(parsed);
      int version = form.version() == null ? -1 : form.version();
      Contact saved = contacts.editContact(account.id(), contactId, version, parsed.command());
      Notices.add(redirect, Notice.of("Your changes to " + saved.fullName() + " were saved."));
      return "redirect:/people/" + id;
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), id);
    } catch (StaleEdit stale) {
      response.setStatus(409);
      model.addAttribute("stale", true);
      Contact current = contacts.get(account.id(), contactId);
      ContactForm keepTyping = form.withVersion(current.version());
      return form(model, keepTyping, FormErrors.none(), id);
    }
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable String id, RedirectAttributes redirect) {
    Contact deleted = contacts.deleteContact(account.id(), parse(id));
    Notices.add(
        redirect,
        Notice.withUndo(deleted.fullName() + " was deleted.", "/people/" + id + "/restore"));
    return "redirect:/people";
  }

  @PostMapping("/{id}/restore")
  String restore(@PathVariable String id, RedirectAttributes redirect) {
    long contactId = parse(id);
    contacts.restoreContact(account.id(), contactId);
    Contact restored = contacts.get(account.id(), contactId);
    Notices.add(redirect, Notice.of(restored.fullName() + " is back."));
    return "redirect:/people/" + id;
  }

  private String form(Model model, ContactForm form, FormErrors errors, String id) {
    model.addAttribute("form", new ContactFormView(form, errors, id));
    return "contacts/form";
  }

  /** A form whose date or number could not be read is refused with those and the other problems. */
  private void refuseIfUnreadable(ContactForm.Parsed parsed) {
    if (parsed.problems().isEmpty()) {
      return;
    }
    List<FieldProblem> all = new ArrayList<>(parsed.problems());
    contacts.problemsWith(parsed.command()).stream()
        .filter(p -> parsed.problems().stream().noneMatch(q -> q.field().equals(p.field())))
        .filter(p -> !p.field().equals("tier") || parsed.command().tier() != null)
        .forEach(all::add);
    throw new InvalidInput(all);
  }

  private static ContactFilter.Sort sortOf(String sort) {
    if (sort == null) {
      return ContactFilter.Sort.NAME;
    }
    return switch (sort) {
      case "organization" -> ContactFilter.Sort.ORGANIZATION;
      case "recent" -> ContactFilter.Sort.RECENTLY_ADDED;
      default -> ContactFilter.Sort.NAME;
    };
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> ContactNotFound.forId(id));
  }
}

package app.rapport.introductions.web;

import app.rapport.contacts.ContactNotFound;
import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionNotFound;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.IntroductionTree;
import app.rapport.introductions.KnowsLink;
import app.rapport.introductions.KnowsLinkNotFound;
import app.rapport.introductions.KnowsLinkService;
import app.rapport.introductions.PersonRef;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.Dates;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Introductions and knows-links in pages: recording an introduction, noting the names someone
 * mentioned after a conversation, moving an introduction on, a person's introduction tree, and who
 * knows whom.
 */
@Controller
class IntroductionsController {

  static final int KNOWS_PAGE = 20;

  private final IntroductionService introductions;
  private final KnowsLinkService knows;
  private final TouchpointService touchpoints;
  private final FormPeople people;
  private final CurrentAccount account;
  private final Clock clock;

  IntroductionsController(
      IntroductionService introductions,
      KnowsLinkService knows,
      TouchpointService touchpoints,
      FormPeople people,
      CurrentAccount account,
      Clock clock) {
    this.introductions = introductions;
    this.knows = knows;
    this.touchpoints = touchpoints;
    this.people = people;
    this.account = account;
    this.clock = clock;
  }

  // ---- recording an introduction ---------------------------------------------------------------

  @GetMapping("/introductions/new")
  String newForm(
      @RequestParam(required = false) String introducerId,
      @RequestParam(required = false) String introducedId,
      @RequestParam(required = false) String returnTo,
      Model model) {
    return form(
        model,
        IntroductionForm.blank(LocalDate.now(clock), introducerId, introducedId, safe(returnTo)),
        FormErrors.none());
  }

  @PostMapping("/introductions")
  String create(
      @ModelAttribute IntroductionForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    IntroductionForm.Parsed parsed = form.parse();
    try {
      refuseIfUnreadable(parsed.problems());
      Introduction saved = introductions.recordIntroduction(account.id(), parsed.command());
      Notices.add(
          redirect,
          Notice.withLink(
              saved.describe() + ".",
              "/opportunities/new?introductionId=" + Ids.format(saved.id()),
              "Did an opportunity come of it? Add it"));
      String back = safe(form.returnTo());
      return "redirect:"
          + (back != null ? back : "/people/" + Ids.format(saved.introduced().contactId()));
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()));
    }
  }

  private String form(Model model, IntroductionForm form, FormErrors errors) {
    long id = account.id();
    Choice introducer = people.fixed(id, form.introducerId(), form.introducerName()).orElse(null);
    Choice introduced = people.fixed(id, form.introducedId(), form.introducedName()).orElse(null);
    model.addAttribute(
        "form",
        new IntroductionFormView(
            form,
            errors,
            introducer,
            introduced,
            introducer == null ? people.namesakes(id, form.introducerName()) : List.of(),
            introduced == null ? people.namesakes(id, form.introducedName()) : List.of()));
    return "introductions/form";
  }

  // ---- "they mentioned names" ------------------------------------------------------------------

  @GetMapping("/introductions/names")
  String namesForm(
      @RequestParam(required = false) String touchpointId,
      @RequestParam(required = false) String introducerId,
      @RequestParam(required = false) String returnTo,
      Model model) {
    String introducer = introducerId;
    String on = LocalDate.now(clock).toString();
    Optional<Touchpoint> touchpoint = touchpoint(touchpointId);
    if (touchpoint.isPresent()) {
      on = touchpoint.get().occurredOn().toString();
      List<Long> live =
          touchpoint.get().people().stream()
              .filter(p -> !p.removed())
              .map(Touchpoint.Participant::contactId)
              .toList();
      if (introducer == null && !live.isEmpty()) {
        introducer = Ids.format(live.get(0));
      }
    }
    return names(
        model,
        new NamesForm(
            introducer == null ? "" : introducer,
            touchpoint.map(t -> Ids.format(t.id())).orElse(""),
            on,
            List.of(),
            safe(returnTo)),
        FormErrors.none());
  }

  @PostMapping("/introductions/names")
  String saveNames(
      @ModelAttribute NamesForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    NamesForm.Parsed parsed = form.parse();
    try {
      refuseIfUnreadable(parsed.problems());
      List<Introduction> saved = introductions.recordMentionedNames(account.id(), parsed.command());
      PersonRef introducer = saved.get(0).introducer();
      List<String> names = saved.stream().map(i -> i.introduced().fullName()).toList();
      Notices.add(
          redirect,
          Notice.of(
              "Noted: "
                  + introducer.fullName()
                  + " offered to introduce you to "
                  + join(names)
                  + ". Mark each introduction as made once it happens."));
      String back = safe(form.returnTo());
      return "redirect:" + (back != null ? back : "/people/" + Ids.format(introducer.contactId()));
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return names(model, form, FormErrors.of(invalid.problems()));
    }
  }

  private String names(Model model, NamesForm form, FormErrors errors) {
    long id = account.id();
    Optional<Touchpoint> touchpoint = touchpoint(form.touchpointId());
    List<Choice> introducers = new ArrayList<>();
    touchpoint.ifPresent(
        t ->
            t.people().stream()
                .filter(p -> !p.removed())
                .forEach(
                    p -> introducers.add(new Choice(Ids.format(p.contactId()), p.fullName(), ""))));
    Choice fixed =
        introducers.size() > 1 ? null : people.fixed(id, form.introducerId(), null).orElse(null);
    List<List<Choice>> namesakes = new ArrayList<>();
    for (NamesForm.Row row : form.names()) {
      namesakes.add(row == null ? List.of() : people.namesakes(id, row.fullName()));
    }
    model.addAttribute(
        "form",
        new NamesFormView(
            form,
            errors,
            fixed,
            introducers.size() > 1 ? introducers : List.of(),
            namesakes,
            touchpoint.map(IntroductionsController::conversation).orElse(null)));
    return "introductions/names";
  }

  private static String conversation(Touchpoint t) {
    return t.channel().label()
        + ", "
        + Dates.shortWritten(t.occurredOn())
        + (t.summary() == null ? "" : ": " + t.summary());
  }

  private Optional<Touchpoint> touchpoint(String id) {
    Optional<Long> parsed = Ids.parse(id);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(touchpoints.get(account.id(), parsed.get()));
    } catch (app.rapport.platform.NotFound gone) {
      return Optional.empty();
    }
  }

  // ---- one introduction ------------------------------------------------------------------------

  @GetMapping("/introductions/{id}/edit")
  String editForm(
      @PathVariable String id, @RequestParam(required = false) String returnTo, Model model) {
    Introduction found = introductions.get(account.id(), introduction(id));
    return edit(model, found, IntroductionEditForm.of(found, safe(returnTo)), FormErrors.none());
  }

  @PostMapping("/introductions/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute IntroductionEditForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long introductionId = introduction(id);
    Introduction current = introductions.get(account.id(), introductionId);
    IntroductionEditForm.Parsed parsed = form.parse();
    try {
      refuseIfUnreadable(parsed.problems());
      Introduction saved =
          introductions.editIntroduction(
              account.id(),
              introductionId,
              form.version() == null ? -1 : form.version(),
              parsed.change());
      Notices.add(redirect, Notice.of("Saved: " + saved.describe() + "."));
      return "redirect:" + back(form.returnTo(), saved);
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return edit(model, current, form, FormErrors.of(invalid.problems()));
    } catch (StaleEdit stale) {
      response.setStatus(409);
      model.addAttribute("stale", true);
      return edit(
          model,
          current,
          new IntroductionEditForm(
              form.occurredOn(), form.status(), form.context(), current.version(), form.returnTo()),
          FormErrors.none());
    }
  }

  private String edit(Model model, Introduction i, IntroductionEditForm form, FormErrors errors) {
    model.addAttribute("introduction", i);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("statuses", List.of(app.rapport.introductions.IntroductionStatus.values()));
    model.addAttribute("id", Ids.format(i.id()));
    if (!model.containsAttribute("stale")) {
      model.addAttribute("stale", false);
    }
    return "introductions/edit";
  }

  @PostMapping("/introductions/{id}/advance")
  String advance(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    Introduction saved = introductions.advance(account.id(), introduction(id));
    Notices.add(
        redirect,
        saved.status() == app.rapport.introductions.IntroductionStatus.MET
            ? Notice.withLink(
                saved.describe() + ".",
                "/opportunities/new?introductionId=" + Ids.format(saved.id()),
                "Did an opportunity come of it? Add it")
            : Notice.of(saved.describe() + "."));
    return "redirect:" + back(returnTo, saved);
  }

  @PostMapping("/introductions/{id}/delete")
  String delete(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    Introduction gone = introductions.deleteIntroduction(account.id(), introduction(id));
    String back = back(returnTo, gone);
    Notices.add(
        redirect,
        Notice.withUndo(
            "Removed: " + gone.describe() + ".",
            "/introductions/" + id + "/restore?returnTo=" + encode(back)));
    return "redirect:" + back;
  }

  @PostMapping("/introductions/{id}/restore")
  String restore(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    Introduction back = introductions.restoreIntroduction(account.id(), introduction(id));
    Notices.add(redirect, Notice.of("Back: " + back.describe() + "."));
    return "redirect:" + back(returnTo, back);
  }

  private static String back(String returnTo, Introduction i) {
    String back = safe(returnTo);
    return back != null ? back : "/people/" + Ids.format(i.introducer().contactId());
  }

  // ---- a person's introductions and who they know ----------------------------------------------

  @GetMapping("/people/{id}/introductions")
  String tree(@PathVariable String id, @RequestParam(required = false) Integer page, Model model) {
    long contactId = person(id);
    IntroductionTree tree = introductions.tree(account.id(), contactId);
    model.addAttribute(
        "page",
        new IntroductionsPage(
            tree,
            TreeDrawing.of(tree),
            knows.of(account.id(), contactId, PageRequest.of(page, KNOWS_PAGE)),
            knows.colleaguesNow(account.id(), contactId),
            LocalDate.now(clock)));
    return "introductions/tree";
  }

  @GetMapping("/knows/new")
  String newLink(
      @RequestParam String contactId,
      @RequestParam(required = false) String returnTo,
      Model model) {
    return knowsForm(model, KnowsForm.blank(contactId, safe(returnTo)), FormErrors.none(), null);
  }

  @PostMapping("/knows")
  String createLink(
      @ModelAttribute KnowsForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    KnowsForm.Parsed parsed = form.parse();
    try {
      refuseIfUnreadable(parsed.problems());
      KnowsLink saved = knows.addKnowsLink(account.id(), parsed.command());
      Notices.add(
          redirect,
          Notice.of(
              "Noted: "
                  + saved.person().fullName()
                  + " and "
                  + saved.other().fullName()
                  + " know each other ("
                  + saved.describe()
                  + ")."));
      String back = safe(form.returnTo());
      return "redirect:" + (back != null ? back : "/people/" + form.contactId());
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return knowsForm(model, form, FormErrors.of(invalid.problems()), null);
    }
  }

  @GetMapping("/knows/{id}/edit")
  String editLink(
      @PathVariable String id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String returnTo,
      Model model) {
    KnowsLink link = knows.get(account.id(), knowsLink(id));
    long person =
        Ids.parse(from)
            .filter(f -> f == link.other().contactId())
            .orElse(link.person().contactId());
    return knowsForm(model, KnowsForm.of(link, person, safe(returnTo)), FormErrors.none(), id);
  }

  @PostMapping("/knows/{id}")
  String updateLink(
      @PathVariable String id,
      @ModelAttribute KnowsForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long linkId = knowsLink(id);
    KnowsForm.Parsed parsed = form.parse();
    try {
      refuseIfUnreadable(parsed.problems());
      KnowsLink saved =
          knows.editKnowsLink(
              account.id(), linkId, form.version() == null ? -1 : form.version(), parsed.command());
      Notices.add(
          redirect,
          Notice.of(
              "Saved how "
                  + saved.person().fullName()
                  + " and "
                  + saved.other().fullName()
                  + " know each other."));
      String back = safe(form.returnTo());
      return "redirect:" + (back != null ? back : "/people/" + form.contactId());
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return knowsForm(model, form, FormErrors.of(invalid.problems()), id);
    } catch (StaleEdit stale) {
      response.setStatus(409);
      return knowsForm(
          model,
          form,
          FormErrors.of(
              List.of(
                  new FieldProblem(
                      "how",
                      "Someone changed this link since you opened it. Check it and save again."))),
          id);
    }
  }

  @PostMapping("/knows/{id}/delete")
  String deleteLink(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    KnowsLink gone = knows.deleteKnowsLink(account.id(), knowsLink(id));
    String back = safe(returnTo);
    if (back == null) {
      back = "/people/" + Ids.format(gone.person().contactId());
    }
    Notices.add(
        redirect,
        Notice.withUndo(
            "Removed the link between "
                + gone.person().fullName()
                + " and "
                + gone.other().fullName()
                + ".",
            "/knows/" + id + "/restore?returnTo=" + encode(back)));
    return "redirect:" + back;
  }

  @PostMapping("/knows/{id}/restore")
  String restoreLink(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    KnowsLink back = knows.restoreKnowsLink(account.id(), knowsLink(id));
    Notices.add(
        redirect,
        Notice.of(
            "The link between "
                + back.person().fullName()
                + " and "
                + back.other().fullName()
                + " is back."));
    String to = safe(returnTo);
    return "redirect:" + (to != null ? to : "/people/" + Ids.format(back.person().contactId()));
  }

  private String knowsForm(Model model, KnowsForm form, FormErrors errors, String id) {
    long account = this.account.id();
    Choice person =
        people
            .fixed(account, form.contactId(), null)
            .orElseThrow(() -> ContactNotFound.forId(String.valueOf(form.contactId())));
    Choice other =
        id == null
            ? people.fixed(account, form.otherId(), form.otherName()).orElse(null)
            : people.fixed(account, form.otherId(), null).orElse(null);
    model.addAttribute(
        "form",
        new KnowsFormView(
            form,
            errors,
            person,
            other,
            other == null ? people.namesakes(account, form.otherName()) : List.of(),
            id));
    return "introductions/knows-form";
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static void refuseIfUnreadable(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static String join(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  private static String encode(String path) {
    return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Only a path on this site is followed back after saving, never another site's address. */
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

  private static long person(String id) {
    return Ids.parse(id).orElseThrow(() -> ContactNotFound.forId(id));
  }

  private static long introduction(String id) {
    return Ids.parse(id).orElseThrow(() -> IntroductionNotFound.forId(id));
  }

  private static long knowsLink(String id) {
    return Ids.parse(id).orElseThrow(() -> KnowsLinkNotFound.forId(id));
  }
}

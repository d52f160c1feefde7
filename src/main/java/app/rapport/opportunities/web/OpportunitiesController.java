package app.rapport.opportunities.web;

import app.rapport.contacts.ContactService;
import app.rapport.contacts.ContactSummary;
import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.web.Choice;
import app.rapport.introductions.web.FormPeople;
import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.OpportunityNotFound;
import app.rapport.opportunities.OpportunityService;
import app.rapport.opportunities.PersonRole;
import app.rapport.opportunities.Stage;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.Text;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
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
 * The opportunity pages: the board by stage (buttons move a card, no dragging), a stage's whole
 * list, one opportunity with its origin chain and history, the form, and the insights.
 */
@Controller
class OpportunitiesController {

  static final int LIST_PAGE = 50;

  private final OpportunityService opportunities;
  private final IntroductionService introductions;
  private final ContactService contacts;
  private final FormPeople people;
  private final CurrentAccount account;
  private final Clock clock;

  OpportunitiesController(
      OpportunityService opportunities,
      IntroductionService introductions,
      ContactService contacts,
      FormPeople people,
      CurrentAccount account,
      Clock clock) {
    this.opportunities = opportunities;
    this.introductions = introductions;
    this.contacts = contacts;
    this.people = people;
    this.account = account;
    this.clock = clock;
  }

  @GetMapping("/opportunities")
  String board(Model model) {
    model.addAttribute(
        "board", new BoardView(opportunities.board(account.id()), LocalDate.now(clock)));
    return "opportunities/board";
  }

  @GetMapping("/opportunities/stages/{stage}")
  String stage(
      @PathVariable String stage, @RequestParam(required = false) Integer page, Model model) {
    Stage parsed = Stage.parse(stage);
    if (parsed == null) {
      throw new NotFound("stage", stage);
    }
    model.addAttribute(
        "list",
        new StageListView(
            parsed,
            opportunities.list(account.id(), parsed, null, PageRequest.of(page, LIST_PAGE))));
    return "opportunities/stage";
  }

  @GetMapping("/opportunities/insights")
  String insights(Model model) {
    model.addAttribute("view", new InsightsView(opportunities.insights(account.id())));
    return "opportunities/insights";
  }

  // ---- adding and changing ---------------------------------------------------------------------

  @GetMapping("/opportunities/new")
  String newForm(
      @RequestParam(required = false) String introductionId,
      @RequestParam(required = false) String sourceContactId,
      @RequestParam(required = false) String returnTo,
      Model model) {
    List<OpportunityForm.PersonRow> rows = new ArrayList<>();
    Optional<Introduction> introduction = introduction(introductionId);
    String organization = "";
    if (introduction.isPresent()) {
      long introduced = introduction.get().introduced().contactId();
      rows.add(
          new OpportunityForm.PersonRow(
              Ids.format(introduced),
              introduction.get().introduced().fullName(),
              PersonRole.SOURCE.name()));
      organization = companyOf(introduced);
    }
    Optional<Long> source = Ids.parse(sourceContactId);
    if (source.isPresent() && introduction.isEmpty()) {
      contacts.getMany(account.id(), List.of(source.get())).stream()
          .findFirst()
          .ifPresent(
              c ->
                  rows.add(
                      new OpportunityForm.PersonRow(
                          Ids.format(c.id()), c.fullName(), PersonRole.SOURCE.name())));
      organization = companyOf(source.get());
    }
    OpportunityForm blank = OpportunityForm.blank(LocalDate.now(clock), rows, safe(returnTo));
    OpportunityForm form =
        new OpportunityForm(
            blank.title(),
            organization,
            blank.stage(),
            introduction.isPresent() ? "INTRODUCTION" : "",
            blank.channel(),
            blank.openedOn(),
            blank.nextStep(),
            blank.nextStepOn(),
            blank.notes(),
            introduction.map(i -> Ids.format(i.id())).orElse(""),
            blank.people(),
            null,
            blank.returnTo());
    return form(model, form, FormErrors.none(), null, false);
  }

  @PostMapping("/opportunities")
  String create(
      @ModelAttribute OpportunityForm form,
      @RequestParam(required = false) String add,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (add != null) {
      return form(model, form.withBlankRow(), FormErrors.none(), null, false);
    }
    OpportunityForm.Parsed parsed = form.parse();
    try {
      refuseIfUnreadable(parsed.problems());
      Opportunity saved = opportunities.addOpportunity(account.id(), parsed.command());
      Notices.add(redirect, Notice.of(saved.heading() + " was added."));
      return "redirect:/opportunities/" + Ids.format(saved.id());
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), null, false);
    }
  }

  @GetMapping("/opportunities/{id}/edit")
  String editForm(@PathVariable String id, Model model) {
    Opportunity found = opportunities.get(account.id(), parse(id));
    return form(model, OpportunityForm.of(found), FormErrors.none(), id, false);
  }

  @PostMapping("/opportunities/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute OpportunityForm form,
      @RequestParam(required = false) String add,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long opportunityId = parse(id);
    if (add != null) {
      return form(model, form.withBlankRow(), FormErrors.none(), id, false);
    }
    OpportunityForm.Parsed parsed = form.parse();
    try {
      refuseIfUnreadable(parsed.problems());
      Opportunity saved =
          opportunities.editOpportunity(
              account.id(),
              opportunityId,
              form.version() == null ? -1 : form.version(),
              parsed.command());
      Notices.add(redirect, Notice.of("Your changes to " + saved.heading() + " were saved."));
      return "redirect:/opportunities/" + id;
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), id, false);
    } catch (StaleEdit stale) {
      response.setStatus(409);
      Opportunity current = opportunities.get(account.id(), opportunityId);
      OpportunityForm keep =
          new OpportunityForm(
              form.title(),
              form.organization(),
              form.stage(),
              form.source(),
              form.channel(),
              form.openedOn(),
              form.nextStep(),
              form.nextStepOn(),
              form.notes(),
              form.introductionId(),
              form.people(),
              current.version(),
              form.returnTo());
      return form(model, keep, FormErrors.none(), id, true);
    }
  }

  private String form(
      Model model, OpportunityForm form, FormErrors errors, String id, boolean stale) {
    List<List<Choice>> namesakes = new ArrayList<>();
    for (OpportunityForm.PersonRow row : form.people()) {
      boolean known = row != null && Ids.parse(row.contactId()).isPresent();
      namesakes.add(
          row == null || known ? List.of() : people.namesakes(account.id(), row.fullName()));
    }
    model.addAttribute(
        "form",
        new OpportunityFormView(
            form, errors, id, introduction(form.introductionId()).orElse(null), namesakes, stale));
    return "opportunities/form";
  }

  // ---- one opportunity -------------------------------------------------------------------------

  @GetMapping("/opportunities/{id}")
  String show(@PathVariable String id, Model model) {
    long opportunityId = parse(id);
    model.addAttribute(
        "page",
        new OpportunityPage(
            opportunities.get(account.id(), opportunityId),
            opportunities.origin(account.id(), opportunityId),
            opportunities.history(account.id(), opportunityId),
            LocalDate.now(clock)));
    return "opportunities/show";
  }

  @PostMapping("/opportunities/{id}/stage")
  String move(
      @PathVariable String id,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    Stage to = Stage.parse(stage);
    String back = safe(returnTo);
    if (to == null) {
      Notices.add(redirect, Notice.of("Choose a stage from the list to move it to."));
      return "redirect:" + (back != null ? back : "/opportunities/" + id);
    }
    Opportunity moved = opportunities.moveOpportunity(account.id(), parse(id), to, null);
    Notices.add(redirect, Notice.of(moved.heading() + " moved to " + moved.stage().label() + "."));
    return "redirect:" + (back != null ? back : "/opportunities/" + id);
  }

  @PostMapping("/opportunities/{id}/delete")
  String delete(@PathVariable String id, RedirectAttributes redirect) {
    Opportunity gone = opportunities.deleteOpportunity(account.id(), parse(id));
    Notices.add(
        redirect,
        Notice.withUndo(gone.heading() + " was deleted.", "/opportunities/" + id + "/restore"));
    return "redirect:/opportunities";
  }

  @PostMapping("/opportunities/{id}/restore")
  String restore(@PathVariable String id, RedirectAttributes redirect) {
    Opportunity back = opportunities.restoreOpportunity(account.id(), parse(id));
    Notices.add(redirect, Notice.of(back.heading() + " is back."));
    return "redirect:/opportunities/" + id;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private Optional<Introduction> introduction(String id) {
    Optional<Long> parsed = Ids.parse(id);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(introductions.get(account.id(), parsed.get()));
    } catch (NotFound gone) {
      return Optional.empty();
    }
  }

  private String companyOf(long contact) {
    return contacts.getMany(account.id(), List.of(contact)).stream()
        .map(ContactSummary::company)
        .filter(c -> c != null)
        .findFirst()
        .orElse("");
  }

  private static void refuseIfUnreadable(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
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
    return Text.trimToNull(returnTo);
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> OpportunityNotFound.forId(id));
  }
}

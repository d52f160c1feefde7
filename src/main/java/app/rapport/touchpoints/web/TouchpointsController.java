package app.rapport.touchpoints.web;

import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.ContactSummary;
import app.rapport.model.Channel;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Fragments;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import app.rapport.touchpoints.ActivityFilter;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointNotFound;
import app.rapport.touchpoints.TouchpointService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging touchpoints: the quick-log reachable from every page, editing and deleting with undo, and
 * the all-activity view.
 */
@Controller
class TouchpointsController {

  private static final int MATCHES = 8;

  private final TouchpointService touchpoints;
  private final ContactService contacts;
  private final CurrentAccount account;
  private final Clock clock;

  TouchpointsController(
      TouchpointService touchpoints, ContactService contacts, CurrentAccount account, Clock clock) {
    this.touchpoints = touchpoints;
    this.contacts = contacts;
    this.account = account;
    this.clock = clock;
  }

  @GetMapping("/touchpoints/new")
  String newForm(
      @RequestParam(required = false) List<String> contactId,
      @RequestParam(required = false) String summary,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String returnTo,
      Model model) {
    TouchpointForm blank =
        TouchpointForm.blank(
            LocalDate.now(clock), contactId == null ? List.of() : contactId, safeReturn(returnTo));
    TouchpointForm form =
        new TouchpointForm(
            blank.occurredOn(),
            channel == null ? "" : channel,
            blank.direction(),
            blank.contactIds(),
            summary == null ? "" : summary,
            "",
            "",
            "",
            false,
            "",
            blank.returnTo(),
            null);
    return form(model, form, FormErrors.none(), null, false);
  }

  @PostMapping("/touchpoints")
  String create(
      @ModelAttribute TouchpointForm form,
      @RequestParam(required = false) String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if ("find".equals(action)) {
      return form(model, form, FormErrors.none(), null, false);
    }
    TouchpointForm.Parsed parsed = form.parse();
    try {
      refuseIfUnreadable(parsed);
      Touchpoint saved = touchpoints.logTouchpoint(account.id(), parsed.command());
      String after = afterSave(form, saved);
      // science.md 9.8: after a conversation, note the names the person mentioned
      Notices.add(
          redirect,
          Notice.withLink(
              describe(saved) + " was logged.",
              "/introductions/names?touchpointId="
                  + Ids.format(saved.id())
                  + "&returnTo="
                  + java.net.URLEncoder.encode(after, java.nio.charset.StandardCharsets.UTF_8),
              "Did they mention anyone? Note the names"));
      return "redirect:" + after;
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), null, false);
    }
  }

  /** The people matching what was typed into "Find someone", for the form's htmx search. */
  @GetMapping("/touchpoints/people")
  String people(@ModelAttribute TouchpointForm form, Model model) {
    model.addAttribute("form", view(form, FormErrors.none(), null, false));
    return "touchpoints/people";
  }

  @GetMapping("/touchpoints/{id}/edit")
  String editForm(
      @PathVariable String id, @RequestParam(required = false) String returnTo, Model model) {
    Touchpoint touchpoint = touchpoints.get(account.id(), parse(id));
    return form(
        model, TouchpointForm.of(touchpoint, safeReturn(returnTo)), FormErrors.none(), id, false);
  }

  @PostMapping("/touchpoints/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute TouchpointForm form,
      @RequestParam(required = false) String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long touchpointId = parse(id);
    if ("find".equals(action)) {
      return form(model, form, FormErrors.none(), id, false);
    }
    TouchpointForm.Parsed parsed = form.parse();
    try {
      refuseIfUnreadable(parsed);
      int version = form.version() == null ? -1 : form.version();
      Touchpoint saved =
          touchpoints.editTouchpoint(account.id(), touchpointId, version, parsed.command());
      Notices.add(redirect, Notice.of("Your changes to " + describe(saved) + " were saved."));
      return "redirect:" + afterSave(form, saved);
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return form(model, form, FormErrors.of(invalid.problems()), id, false);
    } catch (StaleEdit stale) {
      response.setStatus(409);
      Touchpoint current = touchpoints.get(account.id(), touchpointId);
      TouchpointForm keep =
          new TouchpointForm(
              form.occurredOn(),
              form.channel(),
              form.direction(),
              form.contactIds(),
              form.summary(),
              form.notes(),
              form.followUpOn(),
              form.followUpWhat(),
              form.infoInterview(),
              "",
              form.returnTo(),
              current.version());
      return form(model, keep, FormErrors.none(), id, true);
    }
  }

  @PostMapping("/touchpoints/{id}/delete")
  String delete(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    Touchpoint deleted = touchpoints.deleteTouchpoint(account.id(), parse(id));
    String back = safeReturn(returnTo);
    Notices.add(
        redirect,
        Notice.withUndo(
            describe(deleted) + " was deleted.",
            "/touchpoints/" + id + "/restore" + (back == null ? "" : "?returnTo=" + back)));
    return "redirect:" + (back == null ? "/activity" : back);
  }

  @PostMapping("/touchpoints/{id}/restore")
  String restore(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    long touchpointId = parse(id);
    touchpoints.restoreTouchpoint(account.id(), touchpointId);
    Notices.add(
        redirect, Notice.of(describe(touchpoints.get(account.id(), touchpointId)) + " is back."));
    String back = safeReturn(returnTo);
    return "redirect:" + (back == null ? "/activity" : back);
  }

  @GetMapping("/activity")
  String activity(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) Integer page,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    List<FieldProblem> problems = new ArrayList<>();
    ActivityFilter filter =
        new ActivityFilter(
            date(from, "from", problems), date(to, "to", problems), channel(channel), tag);
    model.addAttribute(
        "activity",
        new ActivityView(
            filter,
            from,
            to,
            FormErrors.of(problems),
            touchpoints.activity(account.id(), filter, PageRequest.of(page, 50)),
            LocalDate.now(clock)));
    return Fragments.wanted(htmx, response)
        ? "touchpoints/activity-results"
        : "touchpoints/activity";
  }

  private String form(
      Model model, TouchpointForm form, FormErrors errors, String id, boolean stale) {
    model.addAttribute("form", view(form, errors, id, stale));
    return "touchpoints/form";
  }

  private TouchpointFormView view(
      TouchpointForm form, FormErrors errors, String id, boolean stale) {
    List<Long> ids = form.peopleIds();
    Map<Long, PersonOption> chosen = new LinkedHashMap<>();
    contacts.getMany(account.id(), ids).forEach(c -> chosen.put(c.id(), option(c)));
    List<PersonOption> matches = new ArrayList<>();
    boolean searched = form.find() != null && !form.find().isBlank();
    if (searched) {
      contacts
          .list(
              account.id(),
              new ContactFilter(form.find(), null, null, ContactFilter.Sort.NAME),
              new PageRequest(0, MATCHES + ids.size()))
          .items()
          .stream()
          .filter(c -> !chosen.containsKey(c.id()))
          .limit(MATCHES)
          .forEach(c -> matches.add(option(c)));
    }
    return new TouchpointFormView(
        form, errors, id, List.copyOf(chosen.values()), matches, searched, stale);
  }

  private static PersonOption option(ContactSummary c) {
    String detail =
        c.company() == null
            ? (c.primaryEmail() == null ? "" : c.primaryEmail())
            : (c.title() == null ? c.company() : c.title() + ", " + c.company());
    return new PersonOption(Ids.format(c.id()), c.fullName(), detail);
  }

  private static void refuseIfUnreadable(TouchpointForm.Parsed parsed) {
    if (!parsed.problems().isEmpty()) {
      throw new InvalidInput(parsed.problems());
    }
  }

  private static String afterSave(TouchpointForm form, Touchpoint saved) {
    String back = safeReturn(form.returnTo());
    if (back != null) {
      return back;
    }
    return saved.people().size() == 1
        ? "/people/" + Ids.format(saved.people().get(0).contactId())
        : "/activity";
  }

  /** Only a path on this site is followed back after saving, never another site's address. */
  static String safeReturn(String returnTo) {
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

  static String describe(Touchpoint t) {
    String names =
        t.people().size() <= 2
            ? String.join(
                " and ", t.people().stream().map(Touchpoint.Participant::fullName).toList())
            : t.people().get(0).fullName() + " and " + (t.people().size() - 1) + " others";
    return "The " + t.channel().label().toLowerCase(java.util.Locale.ROOT) + " with " + names;
  }

  private static LocalDate date(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(
          new FieldProblem(field, "Write the date as year-month-day, for example 2026-01-31."));
      return null;
    }
  }

  private static Channel channel(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Channel.valueOf(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> TouchpointNotFound.forId(id));
  }
}

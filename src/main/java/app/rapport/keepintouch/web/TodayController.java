package app.rapport.keepintouch.web;

import app.rapport.contacts.ContactNotFound;
import app.rapport.keepintouch.FollowUp;
import app.rapport.keepintouch.FollowUpNotFound;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The week's plan and what the user does with it: snooze, skip, end; and the follow-ups list. */
@Controller
class TodayController {

  private final KeepInTouchService keepInTouch;
  private final CurrentAccount account;
  private final Clock clock;

  TodayController(KeepInTouchService keepInTouch, CurrentAccount account, Clock clock) {
    this.keepInTouch = keepInTouch;
    this.account = account;
    this.clock = clock;
  }

  @GetMapping("/today")
  String today(Model model) {
    model.addAttribute("plan", new TodayView(keepInTouch.today(account.id())));
    return "keepintouch/today";
  }

  @PostMapping("/people/{id}/keep-in-touch/snooze")
  String snooze(
      @PathVariable String id,
      @RequestParam(name = "for", required = false) String period,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    long contact = contact(id);
    try {
      LocalDate date = Snooze.until(period, until, LocalDate.now(clock));
      String name = keepInTouch.snooze(account.id(), contact, date);
      Notices.add(
          redirect,
          Notice.withUndo(
              name
                  + " will be suggested again from "
                  + app.rapport.platform.web.Dates.shortWritten(date)
                  + ".",
              "/people/" + id + "/keep-in-touch/resume"));
    } catch (InvalidInput invalid) {
      Notices.add(redirect, Notice.problem("Not put off: " + invalid.problems().get(0).message()));
    }
    return back(returnTo);
  }

  @PostMapping("/people/{id}/keep-in-touch/skip")
  String skip(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    String name = keepInTouch.skipThisWeek(account.id(), contact(id), reason);
    Notices.add(
        redirect,
        Notice.withUndo(
            name + " is skipped this week.", "/people/" + id + "/keep-in-touch/resume"));
    return back(returnTo);
  }

  @PostMapping("/people/{id}/keep-in-touch/end")
  String end(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    String name = keepInTouch.endRelationship(account.id(), contact(id));
    Notices.add(
        redirect,
        Notice.withUndo(
            "Rapport will not suggest " + name + " again. Their history is kept.",
            "/people/" + id + "/keep-in-touch/resume"));
    return back(returnTo);
  }

  @PostMapping("/people/{id}/keep-in-touch/resume")
  String resume(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    String name = keepInTouch.resume(account.id(), contact(id));
    Notices.add(redirect, Notice.of(name + " is back in your keep-in-touch plan."));
    return back(returnTo);
  }

  @GetMapping("/follow-ups")
  String followUps(@RequestParam(required = false) Integer page, Model model) {
    model.addAttribute(
        "followUps",
        new FollowUpsView(
            keepInTouch.openFollowUps(account.id(), PageRequest.of(page, 50)),
            LocalDate.now(clock)));
    return "keepintouch/follow-ups";
  }

  @PostMapping("/follow-ups/{id}/done")
  String followUpDone(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    FollowUp done = keepInTouch.completeFollowUp(account.id(), followUp(id));
    Notices.add(
        redirect, Notice.withUndo("Done: " + done.what() + ".", "/follow-ups/" + id + "/reopen"));
    return back(returnTo == null ? "/follow-ups" : returnTo);
  }

  @PostMapping("/follow-ups/{id}/drop")
  String followUpDrop(
      @PathVariable String id,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    FollowUp dropped = keepInTouch.dropFollowUp(account.id(), followUp(id));
    Notices.add(
        redirect,
        Notice.withUndo("Dropped: " + dropped.what() + ".", "/follow-ups/" + id + "/reopen"));
    return back(returnTo == null ? "/follow-ups" : returnTo);
  }

  @PostMapping("/follow-ups/{id}/reopen")
  String followUpReopen(@PathVariable String id, RedirectAttributes redirect) {
    FollowUp reopened = keepInTouch.reopenFollowUp(account.id(), followUp(id));
    Notices.add(redirect, Notice.of("Back on your list: " + reopened.what() + "."));
    return "redirect:/follow-ups";
  }

  @PostMapping("/follow-ups/{id}/snooze")
  String followUpSnooze(
      @PathVariable String id,
      @RequestParam(name = "for", required = false) String period,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) String returnTo,
      RedirectAttributes redirect) {
    try {
      FollowUp moved =
          keepInTouch.snoozeFollowUp(
              account.id(), followUp(id), Snooze.until(period, until, LocalDate.now(clock)));
      Notices.add(
          redirect,
          Notice.of(
              "Moved to "
                  + app.rapport.platform.web.Dates.shortWritten(moved.dueOn())
                  + ": "
                  + moved.what()
                  + "."));
    } catch (InvalidInput invalid) {
      Notices.add(
          redirect,
          Notice.problem(
              "Not moved: "
                  + keepInTouch.getFollowUp(account.id(), followUp(id)).what()
                  + ". "
                  + invalid.problems().get(0).message()));
    }
    return back(returnTo == null ? "/follow-ups" : returnTo);
  }

  private static String back(String returnTo) {
    boolean local =
        returnTo != null
            && returnTo.startsWith("/")
            && !returnTo.startsWith("//")
            && !returnTo.contains("\\");
    return "redirect:" + (local ? returnTo : "/today");
  }

  private static long contact(String id) {
    return Ids.parse(id).orElseThrow(() -> ContactNotFound.forId(id));
  }

  private static long followUp(String id) {
    return Ids.parse(id).orElseThrow(() -> FollowUpNotFound.forId(id));
  }
}

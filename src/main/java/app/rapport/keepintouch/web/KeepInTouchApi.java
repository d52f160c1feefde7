package app.rapport.keepintouch.web;

import app.rapport.contacts.ContactNotFound;
import app.rapport.keepintouch.FollowUp;
import app.rapport.keepintouch.FollowUpNotFound;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.KeepInTouchStatus;
import app.rapport.keepintouch.TodayItem;
import app.rapport.keepintouch.TodayPlan;
import app.rapport.model.WarmthState;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The week's plan, follow-ups and keep-in-touch actions through the JSON API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Keep in touch", description = "Today's plan, follow-ups, snoozing and ending")
class KeepInTouchApi {

  /** One line of the plan. */
  record TodayItemJson(
      String contactId,
      String fullName,
      TodayItem.Kind kind,
      String reason,
      LocalDate dueOn,
      String opener,
      String followUpId) {}

  /** The week's plan. */
  record TodayJson(
      LocalDate today,
      List<TodayItemJson> items,
      int weeklyBudget,
      long touchedThisWeek,
      boolean activelySearching) {}

  /** A follow-up. */
  record FollowUpJson(
      String id,
      String contactId,
      String fullName,
      String touchpointId,
      LocalDate dueOn,
      String what,
      FollowUp.Status status) {}

  /** Where the user stands with a person. */
  record StatusJson(
      String contactId,
      LocalDate lastContactOn,
      LocalDate lastTwoWayOn,
      double warmth,
      WarmthState state,
      String reason,
      LocalDate nextNudgeOn,
      Integer rhythmDays,
      Integer cadenceDays,
      double closeness,
      double latentTrust,
      LocalDate snoozedUntil,
      boolean ended) {}

  /** How long to put something off: {@code for} WEEK or MONTH, or a date in {@code until}. */
  record SnoozeJson(
      String until, @com.fasterxml.jackson.annotation.JsonProperty("for") String period) {}

  /** Why a person is skipped this week. */
  record SkipJson(String reason) {}

  private final KeepInTouchService keepInTouch;
  private final CurrentAccount account;
  private final Clock clock;

  KeepInTouchApi(KeepInTouchService keepInTouch, CurrentAccount account, Clock clock) {
    this.keepInTouch = keepInTouch;
    this.account = account;
    this.clock = clock;
  }

  @GetMapping("/today")
  @Operation(summary = "This week's plan: follow-ups, keep-in-touch nudges, a reconnection, an ask")
  TodayJson today() {
    TodayPlan plan = keepInTouch.today(account.id());
    return new TodayJson(
        plan.today(),
        plan.items().stream()
            .map(
                i ->
                    new TodayItemJson(
                        Ids.format(i.contactId()),
                        i.fullName(),
                        i.kind(),
                        i.reason(),
                        i.dueOn(),
                        i.opener(),
                        i.followUpId() == null ? null : Ids.format(i.followUpId())))
            .toList(),
        plan.weeklyBudget(),
        plan.touchedThisWeek(),
        plan.activelySearching());
  }

  @GetMapping("/follow-ups")
  @Operation(summary = "Open follow-ups, soonest first")
  PageResult<FollowUpJson> followUps(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return keepInTouch
        .openFollowUps(account.id(), PageRequest.of(page, size))
        .map(KeepInTouchApi::json);
  }

  @PostMapping("/follow-ups/{id}/done")
  @Operation(summary = "Mark a follow-up done")
  FollowUpJson done(@PathVariable String id) {
    return json(keepInTouch.completeFollowUp(account.id(), followUp(id)));
  }

  @PostMapping("/follow-ups/{id}/drop")
  @Operation(summary = "Drop a follow-up that is no longer needed")
  FollowUpJson drop(@PathVariable String id) {
    return json(keepInTouch.dropFollowUp(account.id(), followUp(id)));
  }

  @PostMapping("/follow-ups/{id}/reopen")
  @Operation(summary = "Put a done or dropped follow-up back on the list")
  FollowUpJson reopen(@PathVariable String id) {
    return json(keepInTouch.reopenFollowUp(account.id(), followUp(id)));
  }

  @PostMapping("/follow-ups/{id}/snooze")
  @Operation(
      summary = "Move a follow-up: {\"for\": \"WEEK\"|\"MONTH\"} or {\"until\": \"2027-01-15\"}")
  FollowUpJson snoozeFollowUp(@PathVariable String id, @RequestBody SnoozeJson body) {
    return json(
        keepInTouch.snoozeFollowUp(
            account.id(),
            followUp(id),
            Snooze.until(body.period(), body.until(), LocalDate.now(clock))));
  }

  @GetMapping("/contacts/{id}/keep-in-touch")
  @Operation(summary = "Warmth, rhythm and the next nudge for one person")
  StatusJson status(@PathVariable String id) {
    return json(keepInTouch.status(account.id(), contact(id)));
  }

  @PostMapping("/contacts/{id}/keep-in-touch/snooze")
  @Operation(summary = "Leave a person out of the plan for a while")
  StatusJson snooze(@PathVariable String id, @RequestBody SnoozeJson body) {
    long contact = contact(id);
    keepInTouch.snooze(
        account.id(), contact, Snooze.until(body.period(), body.until(), LocalDate.now(clock)));
    return json(keepInTouch.status(account.id(), contact));
  }

  @PostMapping("/contacts/{id}/keep-in-touch/skip")
  @Operation(summary = "Skip a person this week, with a reason")
  StatusJson skip(@PathVariable String id, @RequestBody(required = false) SkipJson body) {
    long contact = contact(id);
    keepInTouch.skipThisWeek(account.id(), contact, body == null ? null : body.reason());
    return json(keepInTouch.status(account.id(), contact));
  }

  @PostMapping("/contacts/{id}/keep-in-touch/end")
  @Operation(summary = "The relationship has ended: never suggest this person again")
  StatusJson end(@PathVariable String id) {
    long contact = contact(id);
    keepInTouch.endRelationship(account.id(), contact);
    return json(keepInTouch.status(account.id(), contact));
  }

  @PostMapping("/contacts/{id}/keep-in-touch/resume")
  @Operation(summary = "Undo a snooze, a skip or an ended relationship")
  StatusJson resume(@PathVariable String id) {
    long contact = contact(id);
    keepInTouch.resume(account.id(), contact);
    return json(keepInTouch.status(account.id(), contact));
  }

  private static FollowUpJson json(FollowUp f) {
    return new FollowUpJson(
        Ids.format(f.id()),
        Ids.format(f.contactId()),
        f.fullName(),
        f.touchpointId() == null ? null : Ids.format(f.touchpointId()),
        f.dueOn(),
        f.what(),
        f.status());
  }

  private static StatusJson json(KeepInTouchStatus s) {
    return new StatusJson(
        Ids.format(s.contactId()),
        s.lastContactOn(),
        s.lastTwoWayOn(),
        s.warmth(),
        s.state(),
        s.reason(),
        s.nextNudgeOn(),
        s.rhythmDays(),
        s.cadenceDays(),
        s.closeness(),
        s.latentTrust(),
        s.snoozedUntil(),
        s.ended());
  }

  private static long contact(String id) {
    return Ids.parse(id).orElseThrow(() -> ContactNotFound.forId(id));
  }

  private static long followUp(String id) {
    return Ids.parse(id).orElseThrow(() -> FollowUpNotFound.forId(id));
  }
}

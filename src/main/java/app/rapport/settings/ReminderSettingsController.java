package app.rapport.settings;

import app.rapport.platform.InvalidInput;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import app.rapport.reminders.DigestCommand;
import app.rapport.reminders.DigestSendResult;
import app.rapport.reminders.DigestSettings;
import app.rapport.reminders.MailCheck;
import app.rapport.reminders.MailServerCommand;
import app.rapport.reminders.RemindersService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page's calendar, weekly email and mail server sections. */
@Controller
class ReminderSettingsController {

  private final RemindersService reminders;
  private final SettingsPage page;
  private final CurrentAccount account;

  ReminderSettingsController(
      RemindersService reminders, SettingsPage page, CurrentAccount account) {
    this.reminders = reminders;
    this.page = page;
    this.account = account;
  }

  @PostMapping("/settings/calendar/new-link")
  String newCalendarLink(RedirectAttributes redirect) {
    reminders.newCalendarLink(account.id());
    Notices.add(
        redirect,
        Notice.of(
            "A new calendar link was made. Calendars subscribed to the old one stop updating:"
                + " subscribe again with the new link."));
    return "redirect:/settings#calendar";
  }

  @PostMapping("/settings/email")
  String saveDigest(
      @RequestParam(required = false) boolean enabled,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String day,
      @RequestParam(required = false) String hour,
      @RequestParam(required = false) String timeZone,
      @RequestParam(required = false, defaultValue = "0") int version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DigestForm form = new DigestForm(enabled, to, day, hour, timeZone, version);
    try {
      DigestSettings saved =
          reminders.saveDigestSettings(
              account.id(), version, DigestCommand.parse(enabled, to, day, hour, timeZone));
      Notices.add(
          redirect,
          Notice.of(
              saved.enabled()
                  ? "Saved. " + SettingsPage.next(saved)
                  : "Saved. Rapport will not send the weekly email."));
      return "redirect:/settings#email";
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return page.show(
          account.id(), model, form, FormErrors.of(invalid.problems()), null, FormErrors.none());
    } catch (StaleEdit stale) {
      Notices.add(
          redirect,
          Notice.of(
              "The weekly email's settings were changed meanwhile. Check them and save again."));
      return "redirect:/settings#email";
    }
  }

  @PostMapping("/settings/email/send-now")
  String sendDigestNow(RedirectAttributes redirect) {
    try {
      DigestSendResult result = reminders.sendDigestNow(account.id());
      Notices.add(
          redirect,
          Notice.of(
              result.sent()
                  ? "This week's email was sent to " + result.to() + "."
                  : "This week's email could not be sent yet: "
                      + result.problem()
                      + ". Rapport will try again at "
                      + time(
                          result.nextAttemptAt(), reminders.digestSettings(account.id()).timeZone())
                      + ", and keeps trying until it goes."));
    } catch (InvalidInput invalid) {
      // without the section's anchor, so that the problem at the top of the page is in view
      Notices.add(redirect, Notice.problem("Weekly email: " + invalid.problems().get(0).message()));
      return "redirect:/settings";
    }
    return "redirect:/settings#email";
  }

  @PostMapping("/settings/mail-server")
  String saveMailServer(
      @RequestParam(required = false) String host,
      @RequestParam(required = false) String port,
      @RequestParam(required = false) String security,
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String fromAddress,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      reminders.saveMailServer(
          account.id(),
          MailServerCommand.parse(host, port, security, username, password, fromAddress));
      Notices.add(
          redirect, Notice.of("Saved the mail server. Send a test email to check that it works."));
      return "redirect:/settings#mail-server";
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return page.show(
          account.id(),
          model,
          null,
          FormErrors.none(),
          new MailServerForm(host, port, security, username, fromAddress),
          FormErrors.of(invalid.problems()));
    }
  }

  @PostMapping("/settings/mail-server/remove")
  String removeMailServer(RedirectAttributes redirect) {
    reminders.removeMailServer(account.id());
    Notices.add(redirect, Notice.of("The mail server set here was removed."));
    return "redirect:/settings#mail-server";
  }

  @PostMapping("/settings/mail-server/test")
  String testMailServer(RedirectAttributes redirect) {
    try {
      MailCheck check = reminders.sendTestEmail(account.id());
      if (!check.sent()) {
        Notices.add(
            redirect, Notice.problem("The test email was not sent: " + check.problem() + "."));
        return "redirect:/settings";
      }
      Notices.add(
          redirect,
          Notice.of("A test email was sent to " + check.to() + ". Look for it in that inbox."));
    } catch (InvalidInput invalid) {
      Notices.add(redirect, Notice.problem("Test email: " + invalid.problems().get(0).message()));
      return "redirect:/settings";
    }
    return "redirect:/settings#mail-server";
  }

  private static String time(java.time.Instant instant, ZoneId zone) {
    return DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(instant);
  }
}

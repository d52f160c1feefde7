package app.rapport.reminders.web;

import app.rapport.platform.NotFound;
import app.rapport.reminders.RemindersService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The weekly email's unsubscribe link. Opening it asks first (mail programs and virus scanners open
 * links on their own); the button, or a mail program's one-click unsubscribe (RFC 8058, a POST to
 * the same address), turns the email off. The signed token is the credential, so no CSRF token is
 * needed or asked for.
 */
@Controller
class UnsubscribeController {

  private final RemindersService reminders;

  UnsubscribeController(RemindersService reminders) {
    this.reminders = reminders;
  }

  @GetMapping("/digest/unsubscribe/{token}")
  String confirm(@PathVariable String token, Model model) {
    String recipient =
        reminders.unsubscribeRecipient(token).orElseThrow(() -> new NotFound("link", token));
    model.addAttribute("unsubscribe", new UnsubscribeView(token, recipient, false));
    return "reminders/unsubscribe";
  }

  @PostMapping("/digest/unsubscribe/{token}")
  String unsubscribe(@PathVariable String token, Model model) {
    String recipient =
        reminders.unsubscribeRecipient(token).orElseThrow(() -> new NotFound("link", token));
    reminders.unsubscribe(token);
    model.addAttribute("unsubscribe", new UnsubscribeView(token, recipient, true));
    return "reminders/unsubscribe";
  }
}

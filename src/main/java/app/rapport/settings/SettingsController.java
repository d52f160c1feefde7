package app.rapport.settings;

import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings: where the data lives, the key scripts use, and how reminders reach the user. */
@Controller
class SettingsController {

  private final SettingsPage page;
  private final ApiTokenStore tokens;
  private final CurrentAccount account;

  SettingsController(SettingsPage page, ApiTokenStore tokens, CurrentAccount account) {
    this.page = page;
    this.tokens = tokens;
    this.account = account;
  }

  @GetMapping("/settings")
  String settings(Model model) {
    return page.show(account.id(), model);
  }

  @PostMapping("/settings/api-token")
  String rotateToken(RedirectAttributes redirect) {
    tokens.rotate();
    Notices.add(
        redirect, Notice.of("A new key was made. Give it to the scripts that use Rapport."));
    return "redirect:/settings#api-token";
  }
}

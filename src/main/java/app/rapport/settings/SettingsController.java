package app.rapport.settings;

import app.rapport.backup.DatabaseCopies;
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
  private final DatabaseCopies copies;

  SettingsController(
      SettingsPage page, ApiTokenStore tokens, CurrentAccount account, DatabaseCopies copies) {
    this.page = page;
    this.tokens = tokens;
    this.account = account;
    this.copies = copies;
  }

  @GetMapping("/settings")
  String settings(Model model) {
    return page.show(account.id(), model);
  }

  /** A consistent copy of the SQLite database into the backups folder, made while Rapport runs. */
  @PostMapping("/settings/database-copy")
  String copyDatabase(RedirectAttributes redirect) {
    if (!copies.supported()) {
      return "redirect:/settings#backups";
    }
    DatabaseCopies.Copy copy = copies.copyNow();
    Notices.add(
        redirect,
        Notice.of(
            "A copy of your database was made: "
                + copy.fileName()
                + " in "
                + copies.directory()
                + "."));
    return "redirect:/settings#backups";
  }

  @PostMapping("/settings/api-token")
  String rotateToken(RedirectAttributes redirect) {
    tokens.rotate();
    Notices.add(
        redirect, Notice.of("A new key was made. Give it to the scripts that use Rapport."));
    return "redirect:/settings#api-token";
  }
}

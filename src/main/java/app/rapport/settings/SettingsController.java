package app.rapport.settings;

import app.rapport.backup.DatabaseCopies;
import app.rapport.platform.RapportProperties;
import app.rapport.platform.db.Database;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings: where the data lives and the key scripts use. */
@Controller
class SettingsController {

  private final RapportProperties properties;
  private final Database database;
  private final ApiTokenStore tokens;
  private final DatabaseCopies copies;

  SettingsController(
      RapportProperties properties,
      Database database,
      ApiTokenStore tokens,
      DatabaseCopies copies) {
    this.properties = properties;
    this.database = database;
    this.tokens = tokens;
    this.copies = copies;
  }

  @GetMapping("/settings")
  String settings(Model model) {
    model.addAttribute(
        "settings",
        new SettingsView(
            properties.dataDir().toString(),
            database.isSqlite()
                ? "SQLite, in the file rapport.db in that folder"
                : "PostgreSQL, on the server named in the configuration",
            tokens.current(),
            tokens.file().toString(),
            copies.supported(),
            copies.directory().toString(),
            copies.supported() ? copies.list() : java.util.List.of()));
    return "settings/index";
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

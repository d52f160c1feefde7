package app.rapport.exports.web;

import app.rapport.exports.ExportService;
import app.rapport.platform.account.CurrentAccount;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The downloads offered on the Settings page. */
@Controller
@RequestMapping("/exports")
class ExportsController {

  private final ExportService exports;
  private final CurrentAccount account;
  private final Clock clock;

  ExportsController(ExportService exports, CurrentAccount account, Clock clock) {
    this.exports = exports;
    this.account = account;
    this.clock = clock;
  }

  @GetMapping("/contacts.vcf")
  void vcards(HttpServletResponse response) {
    Downloads.VCARDS.send(response, clock, out -> exports.writeVCards(account.id(), out));
  }

  @GetMapping("/contacts.csv")
  void csv(HttpServletResponse response) {
    Downloads.CSV.send(response, clock, out -> exports.writeCsv(account.id(), out));
  }

  @GetMapping("/backup.json")
  void backup(HttpServletResponse response) {
    Downloads.BACKUP.send(response, clock, out -> exports.writeBackup(account.id(), out));
  }
}

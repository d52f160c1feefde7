package app.rapport.exports.web;

import app.rapport.exports.ExportService;
import app.rapport.platform.account.CurrentAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user's data out through the API. A backup posted back to {@code POST /api/v1/imports}
 * restores everything it holds into an empty Rapport.
 */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports", description = "People as vCard or CSV, and the complete backup")
class ExportsApi {

  private final ExportService exports;
  private final CurrentAccount account;
  private final Clock clock;

  ExportsApi(ExportService exports, CurrentAccount account, Clock clock) {
    this.exports = exports;
    this.account = account;
    this.clock = clock;
  }

  @GetMapping("/contacts.vcf")
  @Operation(summary = "Every person as vCard 3.0 (Apple Contacts, phones)")
  void vcards(HttpServletResponse response) {
    Downloads.VCARDS.send(response, clock, out -> exports.writeVCards(account.id(), out));
  }

  @GetMapping("/contacts.csv")
  @Operation(summary = "Every person in Google Contacts' CSV layout (UTF-8 with BOM)")
  void csv(HttpServletResponse response) {
    Downloads.CSV.send(response, clock, out -> exports.writeCsv(account.id(), out));
  }

  @GetMapping("/backup.json")
  @Operation(summary = "The complete backup, with a format version")
  void backup(HttpServletResponse response) {
    Downloads.BACKUP.send(response, clock, out -> exports.writeBackup(account.id(), out));
  }
}

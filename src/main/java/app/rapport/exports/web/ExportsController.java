package app.rapport.exports.web;

import app.rapport.exports.ExportService;
import app.rapport.platform.account.CurrentAccount;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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
  ResponseEntity<StreamingResponseBody> vcards() {
    return Downloads.vcards(exports, account.id(), clock);
  }

  @GetMapping("/contacts.csv")
  ResponseEntity<StreamingResponseBody> csv() {
    return Downloads.csv(exports, account.id(), clock);
  }

  @GetMapping("/backup.json")
  ResponseEntity<StreamingResponseBody> backup() {
    return Downloads.backup(exports, account.id(), clock);
  }
}

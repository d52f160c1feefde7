package app.rapport.reminders.web;

import app.rapport.platform.account.CurrentAccount;
import app.rapport.reminders.CalendarLink;
import app.rapport.reminders.DigestCommand;
import app.rapport.reminders.DigestSendResult;
import app.rapport.reminders.DigestSettings;
import app.rapport.reminders.MailCheck;
import app.rapport.reminders.MailServer;
import app.rapport.reminders.MailServerCommand;
import app.rapport.reminders.RemindersService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calendar link, the weekly email and the mail server through the JSON API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reminders", description = "The calendar subscription and the weekly email")
class RemindersApi {

  /** The calendar subscription's secret address. */
  record CalendarJson(String feedUrl, String webcalUrl, Instant createdAt) {
    static CalendarJson of(CalendarLink link) {
      return new CalendarJson(link.feedUrl(), link.webcalUrl(), link.createdAt());
    }
  }

  /** The weekly email's settings; {@code day} is MONDAY..SUNDAY, {@code hour} 0..23. */
  record DigestJson(
      Boolean enabled,
      String to,
      String day,
      Integer hour,
      String timeZone,
      Instant nextDigestAt,
      Integer version) {
    static DigestJson of(DigestSettings s) {
      return new DigestJson(
          s.enabled(),
          s.to(),
          s.day().name(),
          s.hour(),
          s.timeZone().getId(),
          s.nextDigestAt(),
          s.version());
    }
  }

  /** What "send now" did: SENT, or WAITING for the mail server with the reason. */
  record SendNowJson(
      String status, String to, int attempts, String problem, Instant nextAttemptAt) {}

  /** The mail server; {@code password} is only ever written, never read back. */
  record MailServerJson(
      MailServer.Source source,
      String host,
      Integer port,
      String security,
      String username,
      String password,
      Boolean passwordSaved,
      String fromAddress) {
    static MailServerJson of(MailServer m) {
      return new MailServerJson(
          m.source(),
          m.host(),
          m.port(),
          m.security().name(),
          m.username(),
          null,
          m.passwordSaved(),
          m.fromAddress());
    }
  }

  private final RemindersService reminders;
  private final CurrentAccount account;

  RemindersApi(RemindersService reminders, CurrentAccount account) {
    this.reminders = reminders;
    this.account = account;
  }

  @GetMapping("/calendar")
  @Operation(summary = "The calendar subscription's address (made the first time it is asked for)")
  CalendarJson calendar() {
    return CalendarJson.of(reminders.calendarLink(account.id()));
  }

  @PostMapping("/calendar/new-link")
  @Operation(summary = "Replace the calendar link; the old one answers 404 from now on")
  CalendarJson newLink() {
    return CalendarJson.of(reminders.newCalendarLink(account.id()));
  }

  @GetMapping("/digest")
  @Operation(summary = "The weekly email's settings")
  DigestJson digest() {
    return DigestJson.of(reminders.digestSettings(account.id()));
  }

  @PutMapping("/digest")
  @Operation(summary = "Turn the weekly email on or off, and set where and when it goes")
  DigestJson saveDigest(@RequestBody DigestJson body) {
    DigestSettings current = reminders.digestSettings(account.id());
    DigestCommand command =
        DigestCommand.parse(
            Boolean.TRUE.equals(body.enabled()),
            body.to(),
            body.day() != null ? body.day() : current.day().name(),
            String.valueOf(body.hour() != null ? body.hour() : current.hour()),
            body.timeZone() != null ? body.timeZone() : current.timeZone().getId());
    int version = body.version() != null ? body.version() : current.version();
    return DigestJson.of(reminders.saveDigestSettings(account.id(), version, command));
  }

  @PostMapping("/digest/send-now")
  @Operation(
      summary = "Send this week's email now",
      description =
          "200 when the mail server took it; 202 when it could not, with the reason: it is then"
              + " tried again, with growing waits, until it goes.")
  ResponseEntity<SendNowJson> sendNow() {
    DigestSendResult result = reminders.sendDigestNow(account.id());
    return ResponseEntity.status(result.sent() ? HttpStatus.OK : HttpStatus.ACCEPTED)
        .body(
            new SendNowJson(
                result.sent() ? "SENT" : "WAITING",
                result.to(),
                result.attempts(),
                result.problem(),
                result.nextAttemptAt()));
  }

  @GetMapping("/mail-server")
  @Operation(summary = "The mail server the weekly email goes through")
  MailServerJson mailServer() {
    return MailServerJson.of(reminders.mailServer(account.id()));
  }

  @PutMapping("/mail-server")
  @Operation(summary = "Set the mail server (a missing password keeps the saved one)")
  MailServerJson saveMailServer(@RequestBody MailServerJson body) {
    return MailServerJson.of(
        reminders.saveMailServer(
            account.id(),
            MailServerCommand.parse(
                body.host(),
                body.port() == null ? null : String.valueOf(body.port()),
                body.security() == null ? "STARTTLS" : body.security(),
                body.username(),
                body.password(),
                body.fromAddress())));
  }

  @PostMapping("/mail-server/test")
  @Operation(summary = "Send a test email to the weekly email's address; says what failed if so")
  MailCheck testMailServer() {
    return reminders.sendTestEmail(account.id());
  }
}

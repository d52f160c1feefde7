package app.rapport.settings;

import app.rapport.reminders.MailServer;

/** The mail server's form, as typed (the password is never shown again). */
public record MailServerForm(
    String host, String port, String security, String username, String fromAddress) {

  static MailServerForm of(MailServer m) {
    if (m.source() != MailServer.Source.SETTINGS) {
      return new MailServerForm("", "587", MailServer.Security.STARTTLS.name(), "", "");
    }
    return new MailServerForm(
        m.host(),
        String.valueOf(m.port()),
        m.security().name(),
        m.username() == null ? "" : m.username(),
        m.fromAddress() == null ? "" : m.fromAddress());
  }
}

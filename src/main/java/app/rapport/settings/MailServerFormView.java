package app.rapport.settings;

import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.SelectOption;
import app.rapport.reminders.MailServer;
import java.util.List;

/** The mail server's form, with where the current server was set and the security choices. */
public record MailServerFormView(
    MailServerForm form, FormErrors errors, MailServer current, List<SelectOption> securities) {

  public boolean setHere() {
    return current.source() == MailServer.Source.SETTINGS;
  }

  public boolean fromProperties() {
    return current.source() == MailServer.Source.PROPERTIES;
  }
}

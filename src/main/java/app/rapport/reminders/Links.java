package app.rapport.reminders;

import app.rapport.platform.db.Ids;
import java.net.URI;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The full addresses that calendar events and emails link back to. */
@Component
class Links {

  private final RemindersProperties properties;
  private final Environment environment;

  Links(RemindersProperties properties, Environment environment) {
    this.properties = properties;
    this.environment = environment;
  }

  /** {@code http://localhost:8080}, or the configured public address; never with a final slash. */
  String base() {
    URI configured = properties.publicUrl();
    if (configured != null) {
      String text = configured.toString();
      return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
    String port =
        environment.getProperty(
            "local.server.port", environment.getProperty("server.port", "8080"));
    return "http://localhost:" + port;
  }

  String to(String path) {
    return base() + path;
  }

  String person(long contactId) {
    return to("/people/" + Ids.format(contactId));
  }

  String feed(String token) {
    return to("/calendar/" + token + ".ics");
  }

  /** The same feed for Apple Calendar and Outlook, which open {@code webcal://} links directly. */
  String webcal(String token) {
    return feed(token).replaceFirst("^https?://", "webcal://");
  }
}

package app.rapport.reminders;

/**
 * The mail server the weekly email goes through. {@code source} says where it was set: in Settings,
 * in Spring Boot's {@code spring.mail.*} properties, or nowhere yet.
 */
public record MailServer(
    Source source,
    String host,
    int port,
    Security security,
    String username,
    boolean passwordSaved,
    String fromAddress,
    int version) {

  public enum Source {
    SETTINGS,
    PROPERTIES,
    NONE
  }

  /** How the connection to the server is protected. */
  public enum Security {
    /** Port 587 usually: starts plain, then switches to an encrypted connection. */
    STARTTLS,
    /** Port 465 usually: encrypted from the start. */
    TLS,
    /** No encryption: only for a server on this computer or a test server. */
    NONE
  }

  public boolean configured() {
    return source != Source.NONE;
  }

  /** "mail.example.com:587". */
  public String address() {
    return host + ":" + port;
  }
}

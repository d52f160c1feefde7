package app.rapport.reminders;

import app.rapport.platform.security.SecretBox;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which mail server to send through: the one set in Settings, or else Spring Boot's {@code
 * spring.mail.*} properties. Passwords set in Settings are kept sealed; without one, the password
 * comes from the environment ({@code SPRING_MAIL_PASSWORD}).
 */
@Component
class MailServers {

  private final ReminderSettingsRepository repository;
  private final SecretBox secrets;
  private final Environment environment;
  private final DigestProperties properties;
  private final Clock clock;

  MailServers(
      ReminderSettingsRepository repository,
      SecretBox secrets,
      Environment environment,
      DigestProperties properties,
      Clock clock) {
    this.repository = repository;
    this.secrets = secrets;
    this.environment = environment;
    this.properties = properties;
    this.clock = clock;
  }

  MailServer describe(long account) {
    Optional<ReminderSettingsRepository.SavedServer> saved = repository.mailServer(account);
    if (saved.isPresent()) {
      var s = saved.get();
      return new MailServer(
          MailServer.Source.SETTINGS,
          s.host(),
          s.port(),
          s.security(),
          s.username(),
          s.passwordSealed() != null,
          s.fromAddress(),
          s.version());
    }
    return fromProperties()
        .map(
            p ->
                new MailServer(
                    MailServer.Source.PROPERTIES,
                    p.host(),
                    p.port(),
                    p.security(),
                    p.username(),
                    p.password() != null,
                    p.from(),
                    0))
        .orElse(
            new MailServer(
                MailServer.Source.NONE,
                null,
                587,
                MailServer.Security.STARTTLS,
                null,
                false,
                null,
                0));
  }

  Optional<Mailer.Server> forSending(long account) {
    Optional<ReminderSettingsRepository.SavedServer> saved = repository.mailServer(account);
    if (saved.isEmpty()) {
      return fromProperties();
    }
    var s = saved.get();
    String password =
        s.passwordSealed() != null
            ? secrets.open(s.passwordSealed())
            : environment.getProperty("spring.mail.password");
    return Optional.of(
        new Mailer.Server(
            s.host(),
            s.port(),
            s.security(),
            s.username(),
            password,
            from(s.fromAddress(), s.username())));
  }

  void save(long account, MailServerCommand command) {
    String sealed;
    if (command.password() != null) {
      sealed = secrets.seal(command.password());
    } else {
      sealed = repository.mailServer(account).map(s -> s.passwordSealed()).orElse(null);
    }
    repository.saveMailServer(account, command, sealed, clock.instant());
  }

  void remove(long account) {
    repository.deleteMailServer(account);
  }

  private Optional<Mailer.Server> fromProperties() {
    String host = environment.getProperty("spring.mail.host");
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    boolean tls =
        "smtps".equalsIgnoreCase(environment.getProperty("spring.mail.protocol"))
            || environment.getProperty(
                "spring.mail.properties.mail.smtp.ssl.enable", Boolean.class, false);
    boolean startTls =
        environment.getProperty(
            "spring.mail.properties.mail.smtp.starttls.enable", Boolean.class, false);
    MailServer.Security security =
        tls
            ? MailServer.Security.TLS
            : startTls ? MailServer.Security.STARTTLS : MailServer.Security.NONE;
    int port =
        environment.getProperty(
            "spring.mail.port", Integer.class, security == MailServer.Security.TLS ? 465 : 25);
    String username = environment.getProperty("spring.mail.username");
    return Optional.of(
        new Mailer.Server(
            host.trim(),
            port,
            security,
            username,
            environment.getProperty("spring.mail.password"),
            from(null, username)));
  }

  private String from(String configured, String username) {
    if (configured != null) {
      return configured;
    }
    if (properties.from() != null) {
      return properties.from();
    }
    return username != null && username.contains("@") ? username : "rapport@localhost";
  }
}

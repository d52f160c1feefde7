package app.rapport.reminders;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one email through one mail server over SMTP, and when that fails says why in words a person
 * can act on ("could not connect to mail.example.com:587: connection refused").
 */
@Component
class Mailer {

  /** How long to wait for the server to answer, so a dead server never holds a send for long. */
  static final String TIMEOUT_MILLIS = "20000";

  /** The server's settings with the password in the clear, as sending needs them. */
  record Server(
      String host,
      int port,
      MailServer.Security security,
      String username,
      String password,
      String from) {

    String address() {
      return host + ":" + port;
    }
  }

  void send(Server server, OutgoingMail mail) {
    JavaMailSenderImpl sender = sender(server);
    try {
      MimeMessage message = new StableIdMessage(sender.getSession(), mail.messageId());
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(new InternetAddress(server.from(), "Rapport", "UTF-8"));
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      if (mail.unsubscribeUrl() != null) {
        message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      }
      message.setHeader("Auto-Submitted", "auto-generated");
      sender.send(message);
    } catch (Exception e) {
      throw new MailFailure(explain(e, server), e);
    }
  }

  private static JavaMailSenderImpl sender(Server server) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(server.host());
    sender.setPort(server.port());
    sender.setDefaultEncoding("UTF-8");
    boolean tls = server.security() == MailServer.Security.TLS;
    sender.setProtocol(tls ? "smtps" : "smtp");
    String prefix = tls ? "mail.smtps." : "mail.smtp.";
    Properties properties = new Properties();
    if (server.username() != null) {
      sender.setUsername(server.username());
      sender.setPassword(server.password());
      properties.put(prefix + "auth", "true");
    }
    if (server.security() == MailServer.Security.STARTTLS) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    properties.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
    properties.put(prefix + "timeout", TIMEOUT_MILLIS);
    properties.put(prefix + "writetimeout", TIMEOUT_MILLIS);
    sender.setJavaMailProperties(properties);
    return sender;
  }

  /** What went wrong, in plain words: the first cause a person can do something about. */
  static String explain(Throwable failure, Server server) {
    String where = server.address();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "could not connect to " + where + ": connection refused";
      }
      if (t instanceof UnknownHostException) {
        return "could not find a mail server called " + server.host() + " (check the name)";
      }
      if (t instanceof NoRouteToHostException) {
        return "could not reach " + where + ": no route to that computer";
      }
      if (t instanceof SocketTimeoutException) {
        return "could not connect to " + where + ": it did not answer in time";
      }
      if (t instanceof SSLException) {
        return "could not make a secure connection with "
            + where
            + " (check the port and the security setting)";
      }
      if (t instanceof AuthenticationFailedException || t instanceof MailAuthenticationException) {
        return "the mail server at " + where + " refused the user name or password";
      }
      if (t instanceof SendFailedException refused
          && refused.getInvalidAddresses() != null
          && refused.getInvalidAddresses().length > 0) {
        return "the mail server at "
            + where
            + " refused to send to "
            + Arrays.stream(refused.getInvalidAddresses())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MessagingException && t.getMessage() != null && !t.getMessage().isBlank()) {
        return "the mail server at " + where + " answered: " + firstLine(t.getMessage());
      }
    }
    return "sending through " + where + " failed";
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** A message whose Message-ID is ours, not a new one made each time it is sent. */
  private static final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}

package app.rapport.reminders;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what arrived at the test mail server, as a mail program would. */
final class Inbox {

  private Inbox() {}

  /** The text of each part of a message, by its type ("text/plain", "text/html"). */
  static Map<String, String> parts(MimeMessage message) throws Exception {
    Map<String, String> parts = new HashMap<>();
    collect(message, parts);
    return parts;
  }

  private static void collect(Part part, Map<String, String> parts) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), parts);
      }
    } else if (part.isMimeType("text/plain")) {
      parts.put("text/plain", (String) part.getContent());
    } else if (part.isMimeType("text/html")) {
      parts.put("text/html", (String) part.getContent());
    }
  }

  /** The path of the unsubscribe link in a weekly email's text. */
  static String unsubscribePath(String text) {
    Matcher m = Pattern.compile("http://localhost:8080(/digest/unsubscribe/\\S+)").matcher(text);
    if (!m.find()) {
      throw new AssertionError("no unsubscribe link in:\n" + text);
    }
    return m.group(1);
  }

  /** Waits (a bounded time) for that many messages, then answers all that arrived. */
  static MimeMessage[] received(GreenMailExtension mail, int expected) {
    mail.waitForIncomingEmail(5_000, expected);
    return mail.getReceivedMessages();
  }

  /** A port on this computer that nothing listens on: connecting to it is refused. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

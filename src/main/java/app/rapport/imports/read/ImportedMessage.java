package app.rapport.imports.read;

import app.rapport.model.Direction;
import java.time.Instant;
import java.util.List;

/**
 * One message of a LinkedIn messages.csv.
 *
 * @param to the recipients' names as LinkedIn wrote them
 * @param toNames the recipients one by one, where that can be told: LinkedIn joins names with ", "
 *     while names themselves may hold ", " ("Jane Doe, Ph.D."), so the text is split only when the
 *     parts (credentials put back onto the name before them) match the number of recipient profile
 *     addresses; otherwise this holds {@code to} whole
 * @param toProfileUrls the recipients' profile addresses (files from before mid-2023 have none)
 * @param sentAt when the message was sent; LinkedIn writes it in UTC
 * @param folder "INBOX", "ARCHIVE", "SPAM" or null
 * @param draft whether LinkedIn marks the message as a draft
 * @param sponsored whether it looks like sponsored mail (InMail): no sender profile address and a
 *     LinkedIn "spinmail" body; such messages are not a touch between two people
 * @param direction {@code OUTBOUND} when the account owner sent it, {@code INBOUND} when someone
 *     else did, null when the owner is not known (see {@link ImportFile#linkedInMessages})
 */
public record ImportedMessage(
    String conversationId,
    String conversationTitle,
    String fromName,
    String fromProfileUrl,
    String to,
    List<String> toNames,
    List<String> toProfileUrls,
    Instant sentAt,
    String subject,
    String content,
    String folder,
    boolean draft,
    boolean sponsored,
    Direction direction,
    int sourceRow) {

  public ImportedMessage {
    toNames = List.copyOf(toNames);
    toProfileUrls = List.copyOf(toProfileUrls);
  }
}

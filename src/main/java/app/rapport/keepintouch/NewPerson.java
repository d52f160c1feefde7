package app.rapport.keepintouch;

import app.rapport.model.ContactChannel;
import app.rapport.model.Tier;
import app.rapport.profile.PersonFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person just added by an import, with what their relationship's state is computed from, so that
 * it need not be read back from the database: they have no touchpoints yet.
 *
 * @param knownSince since when the user knows them; null for "since today"
 */
public record NewPerson(
    long contactId,
    Tier tier,
    Integer cadenceDays,
    LocalDate knownSince,
    List<ContactChannel> channels,
    PersonFacts person,
    Integer closenessRating,
    Integer mutualConnections) {

  /**
   * The ways to reach someone, from the labels of their email addresses and phone numbers (a "work"
   * one belongs to an employer) and whether they have a LinkedIn profile.
   */
  public static List<ContactChannel> channels(
      List<String> emailLabels, List<String> phoneLabels, boolean linkedIn) {
    List<ContactChannel> channels = new ArrayList<>();
    for (String label : emailLabels) {
      channels.add(isWork(label) ? ContactChannel.workEmail(true) : ContactChannel.personalEmail());
    }
    for (String label : phoneLabels) {
      channels.add(
          isWork(label)
              ? new ContactChannel(ContactChannel.Kind.PHONE, true, true)
              : ContactChannel.phone());
    }
    if (linkedIn) {
      channels.add(ContactChannel.linkedIn());
    }
    return channels;
  }

  static boolean isWork(String label) {
    return "work".equalsIgnoreCase(label);
  }
}

package app.rapport.contacts;

import app.rapport.platform.db.Ids;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The UID a person has in Rapport's contact exports: a UUID made from their id, the same in every
 * export, so that a card imported back (from the file, or from an address book that kept the UID)
 * is recognised as that person even when it has no other key. The Google CSV export, which has no
 * UID column, carries it as a custom field labelled {@value #LABEL}.
 */
public final class ContactUid {

  /** The label of the custom field that holds the UID in the Google CSV export. */
  public static final String LABEL = "Rapport ID";

  private static final String URN = "urn:uuid:";
  private static final String APPLE = ":abperson";

  private ContactUid() {}

  /** The UID of the person with this id, as both contact exports write it. */
  public static String of(long id) {
    return URN + uuidOf(id);
  }

  /**
   * The UUID of a UID as a file gives it, or null when it is not one: upper or lower case, with or
   * without {@code urn:uuid:} before it or the {@code :ABPerson} after it that Apple Contacts adds.
   */
  public static UUID read(String uid) {
    if (uid == null) {
      return null;
    }
    String key = uid.strip().toLowerCase(Locale.ROOT);
    if (key.startsWith(URN)) {
      key = key.substring(URN.length());
    }
    if (key.endsWith(APPLE)) {
      key = key.substring(0, key.length() - APPLE.length());
    }
    if (key.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(key);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static UUID uuidOf(long id) {
    return UUID.nameUUIDFromBytes(
        ("rapport-contact-" + Ids.format(id)).getBytes(StandardCharsets.UTF_8));
  }
}

package app.rapport.model;

import java.util.Objects;

/**
 * One way to reach a person: an email address, a phone number, a LinkedIn profile.
 *
 * <p>Whether it belongs to an employer matters: weak ties depend on a single, organisationally
 * provided medium and dissolve when it disappears (Haythornthwaite 2002), so the Ready-10 asks for
 * a working channel that no employer owns.
 *
 * @param kind what sort of channel
 * @param employerOwned provided by an employer (a work email, a desk phone), so it ends with the
 *     job
 * @param working still reaches them: false for a bounced address or a work email at an employer
 *     they have left
 */
public record ContactChannel(Kind kind, boolean employerOwned, boolean working) {

  /** What sort of channel it is, for plain-words reasons. */
  public enum Kind {
    EMAIL("email"),
    PHONE("phone number"),
    LINKEDIN("LinkedIn profile"),
    OTHER("channel");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /** The kind in words, as in "only a work email". */
    public String words() {
      return words;
    }
  }

  public ContactChannel {
    Objects.requireNonNull(kind, "kind");
  }

  public static ContactChannel personalEmail() {
    return new ContactChannel(Kind.EMAIL, false, true);
  }

  /** A work email; {@code stillThere} is false once they have left that employer. */
  public static ContactChannel workEmail(boolean stillThere) {
    return new ContactChannel(Kind.EMAIL, true, stillThere);
  }

  public static ContactChannel phone() {
    return new ContactChannel(Kind.PHONE, false, true);
  }

  public static ContactChannel linkedIn() {
    return new ContactChannel(Kind.LINKEDIN, false, true);
  }

  /** Works and no employer can take it away. */
  public boolean isPersonalAndWorking() {
    return working && !employerOwned;
  }
}

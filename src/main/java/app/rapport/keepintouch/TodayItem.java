package app.rapport.keepintouch;

import java.time.LocalDate;

/**
 * One line of the week's plan: whom to reach out to, what kind of reach-out it is, why, by when,
 * and a first sentence to start from.
 */
public record TodayItem(
    long contactId,
    String fullName,
    Kind kind,
    String reason,
    LocalDate dueOn,
    String opener,
    Long followUpId,
    String detail) {

  public enum Kind {
    FOLLOW_UP("You promised"),
    KEEP_IN_TOUCH("Keep in touch"),
    RECONNECT("Reconnect"),
    ASK("Ask for advice");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}

package app.rapport.introductions;

import java.time.Instant;
import java.time.LocalDate;

/** "Ann introduced me to Bob": who, to whom, when, why, and how far it got. */
public record Introduction(
    long id,
    PersonRef introducer,
    PersonRef introduced,
    LocalDate occurredOn,
    IntroductionStatus status,
    String context,
    Long touchpointId,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  /** "Ann Lee introduced you to Bob Stone", in the words of its status. */
  public String describe() {
    String to = introduced.fullName();
    String by = introducer.fullName();
    return switch (status) {
      case ASKED -> "You asked " + by + " to introduce you to " + to;
      case OFFERED -> by + " offered to introduce you to " + to;
      case MADE -> by + " introduced you to " + to;
      case MET -> by + " introduced you to " + to + ", and you met";
    };
  }

  public boolean involves(long contactId) {
    return introducer.contactId() == contactId || introduced.contactId() == contactId;
  }
}

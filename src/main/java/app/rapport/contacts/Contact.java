package app.rapport.contacts;

import app.rapport.model.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person in the user's network, as one page or API call shows them. */
public record Contact(
    long id,
    String fullName,
    List<EmailAddress> emails,
    List<PhoneNumber> phones,
    String linkedinUrl,
    Long organizationId,
    String company,
    String title,
    String industry,
    Tier tier,
    Integer cadenceDays,
    List<String> tags,
    String notes,
    String howWeMet,
    LocalDate knownSince,
    CareerFacts career,
    Birthday birthday,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant deletedAt) {

  /** The command that would save this person unchanged: the start of an edit. */
  public ContactCommand toCommand() {
    return new ContactCommand(
        fullName,
        emails,
        phones,
        linkedinUrl,
        company,
        title,
        industry,
        tier,
        tags,
        notes,
        howWeMet,
        knownSince,
        cadenceDays,
        career,
        birthday);
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }
}

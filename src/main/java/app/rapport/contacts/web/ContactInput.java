package app.rapport.contacts.web;

import app.rapport.contacts.CareerFacts;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.PhoneNumber;
import app.rapport.model.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /api/v1/contacts}, and what {@code PATCH} merges into. Only {@code
 * fullName} is required; the tier defaults to {@code NETWORK}. A {@code birthday} is written {@code
 * 1985-03-15}, or {@code --03-15} without the year.
 */
public record ContactInput(
    String fullName,
    List<EmailIn> emails,
    List<PhoneIn> phones,
    String linkedinUrl,
    String company,
    String title,
    String industry,
    Tier tier,
    List<String> tags,
    String notes,
    String howWeMet,
    LocalDate knownSince,
    Integer cadenceDays,
    CareerFacts career,
    Integer version,
    String birthday) {

  public record EmailIn(String value, String label) {}

  public record PhoneIn(String value, String label) {}

  ContactCommand toCommand() {
    return new ContactCommand(
        fullName,
        emails == null
            ? List.of()
            : emails.stream()
                .filter(Objects::nonNull)
                .map(e -> new EmailAddress(e.value(), e.label()))
                .toList(),
        phones == null
            ? List.of()
            : phones.stream()
                .filter(Objects::nonNull)
                .map(p -> PhoneNumber.of(p.value(), p.label()))
                .toList(),
        linkedinUrl,
        company,
        title,
        industry,
        tier == null ? Tier.NETWORK : tier,
        tags,
        notes,
        howWeMet,
        knownSince,
        cadenceDays,
        career,
        birthday == null || birthday.isBlank()
            ? null
            : app.rapport.contacts.Birthday.parse(birthday)
                .orElseThrow(
                    () ->
                        app.rapport.platform.InvalidInput.of(
                            "birthday",
                            "Write the birthday as 1985-03-15, or --03-15 without the year.")));
  }
}

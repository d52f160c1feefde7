package app.rapport.contacts.web;

import app.rapport.contacts.CareerFacts;
import app.rapport.contacts.Contact;
import app.rapport.keepintouch.KeepInTouchStatus;
import app.rapport.model.Tier;
import app.rapport.platform.db.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person as the JSON API shows them. {@code lastContactOn} and {@code warmth} are read-only. */
public record ContactJson(
    String id,
    String fullName,
    List<EmailJson> emails,
    List<PhoneJson> phones,
    String linkedinUrl,
    String company,
    String organizationId,
    String title,
    String industry,
    Tier tier,
    Integer cadenceDays,
    List<String> tags,
    String notes,
    String howWeMet,
    LocalDate knownSince,
    CareerFacts career,
    String birthday,
    LocalDate lastContactOn,
    Double warmth,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  public record EmailJson(String value, String label) {}

  /** A phone number as given, its label, and its E.164 form when it is a valid number. */
  public record PhoneJson(String value, String label, String e164) {}

  static ContactJson of(Contact c, KeepInTouchStatus status) {
    return new ContactJson(
        Ids.format(c.id()),
        c.fullName(),
        c.emails().stream().map(e -> new EmailJson(e.value(), e.label())).toList(),
        c.phones().stream().map(p -> new PhoneJson(p.value(), p.label(), p.e164())).toList(),
        c.linkedinUrl(),
        c.company(),
        c.organizationId() == null ? null : Ids.format(c.organizationId()),
        c.title(),
        c.industry(),
        c.tier(),
        c.cadenceDays(),
        c.tags(),
        c.notes(),
        c.howWeMet(),
        c.knownSince(),
        c.career(),
        c.birthday() == null ? null : c.birthday().toString(),
        status == null ? null : status.lastContactOn(),
        status == null ? null : Math.round(status.warmth() * 1000) / 1000.0,
        c.version(),
        c.createdAt(),
        c.updatedAt());
  }
}

package app.rapport.contacts.web;

import app.rapport.contacts.Contact;
import app.rapport.contacts.Phones;
import app.rapport.platform.db.Ids;
import app.rapport.platform.web.Dates;
import java.time.LocalDate;
import java.util.List;

/** A person as their page shows them: ready-written phone numbers and dates. */
public record ContactView(Contact contact, String id, List<PhoneLine> phones, String knownSince) {

  /** A phone number written for reading, with the link that dials it. */
  public record PhoneLine(String display, String label, String href) {}

  static ContactView of(Contact contact, Phones phones, LocalDate today) {
    return new ContactView(
        contact,
        Ids.format(contact.id()),
        contact.phones().stream()
            .map(
                p ->
                    new PhoneLine(
                        phones.display(p),
                        p.label(),
                        "tel:"
                            + (p.e164() != null ? p.e164() : p.value().replaceAll("[^0-9+]", ""))))
            .toList(),
        contact.knownSince() == null
            ? null
            : Dates.shortWritten(contact.knownSince())
                + " ("
                + Dates.relative(contact.knownSince(), today)
                + ")");
  }

  public String organizationId() {
    return contact.organizationId() == null ? null : Ids.format(contact.organizationId());
  }
}

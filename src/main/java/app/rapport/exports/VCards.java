package app.rapport.exports;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactNotes;
import app.rapport.contacts.ContactUid;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.PhoneNumber;
import ezvcard.VCard;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.Revision;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A person as a vCard for Apple Contacts and phones (written as vCard 3.0, which Apple reads): FN
 * and N, every email address and phone number with its kind, ORG, TITLE, the LinkedIn profile as
 * URL and as Apple's X-SOCIALPROFILE, NOTE, tags as CATEGORIES, BDAY (a birthday without a year in
 * Apple's own way), and a UID that stays the same from one export to the next.
 */
final class VCards {

  private VCards() {}

  static VCard of(Contact c) {
    VCard card = new VCard();
    card.setUid(new Uid(ContactUid.of(c.id())));
    card.setFormattedName(c.fullName());
    card.setStructuredName(name(c.fullName()));
    for (int i = 0; i < c.emails().size(); i++) {
      EmailAddress address = c.emails().get(i);
      Email email = new Email(address.value());
      email.getTypes().add(EmailType.INTERNET);
      EmailType kind = emailType(address.label());
      if (kind != null) {
        email.getTypes().add(kind);
      }
      if (i == 0) {
        email.getTypes().add(EmailType.PREF);
      }
      card.addEmail(email);
    }
    for (int i = 0; i < c.phones().size(); i++) {
      PhoneNumber number = c.phones().get(i);
      Telephone phone = new Telephone(number.value());
      TelephoneType kind = phoneType(number.label());
      if (kind != null) {
        phone.getTypes().add(kind);
      }
      phone.getTypes().add(TelephoneType.VOICE);
      if (i == 0) {
        phone.getTypes().add(TelephoneType.PREF);
      }
      card.addTelephoneNumber(phone);
    }
    if (c.company() != null) {
      Organization organization = new Organization();
      organization.getValues().add(c.company());
      card.setOrganization(organization);
    }
    if (c.title() != null) {
      card.addTitle(c.title());
    }
    if (c.linkedinUrl() != null) {
      card.addUrl(c.linkedinUrl());
      RawProperty social = card.addExtendedProperty("X-SOCIALPROFILE", c.linkedinUrl());
      social.getParameters().setType("linkedin");
    }
    String note = note(c);
    if (note != null) {
      card.addNote(note);
    }
    if (!c.tags().isEmpty()) {
      card.setCategories(c.tags().toArray(String[]::new));
    }
    if (c.birthday() != null) {
      card.setBirthday(birthday(c.birthday()));
    }
    if (c.updatedAt() != null) {
      card.setRevision(new Revision(c.updatedAt()));
    }
    return card;
  }

  /**
   * N from the full name, never guessed beyond the last word: "Ana María Ruiz" is given "Ana
   * María", family "Ruiz"; a single word is a given name.
   */
  static StructuredName name(String fullName) {
    StructuredName name = new StructuredName();
    String trimmed = fullName.strip();
    int space = trimmed.lastIndexOf(' ');
    if (space < 0) {
      name.setGiven(trimmed);
    } else {
      name.setGiven(trimmed.substring(0, space).strip());
      name.setFamily(trimmed.substring(space + 1));
    }
    return name;
  }

  private static String note(Contact c) {
    return ContactNotes.written(c.notes(), c.howWeMet());
  }

  /** A birthday without a year is written as Apple writes it (year 1604, marked as omitted). */
  private static Birthday birthday(app.rapport.contacts.Birthday day) {
    if (day.year() != null) {
      return new Birthday(day.monthDay().atYear(day.year()));
    }
    Birthday birthday =
        new Birthday(LocalDate.of(1604, day.monthDay().getMonth(), day.monthDay().getDayOfMonth()));
    birthday.setParameter("X-APPLE-OMIT-YEAR", "1604");
    return birthday;
  }

  private static EmailType emailType(String label) {
    return switch (label == null ? "" : label.toLowerCase(Locale.ROOT)) {
      case "work" -> EmailType.WORK;
      case "personal", "home" -> EmailType.HOME;
      default -> null;
    };
  }

  private static TelephoneType phoneType(String label) {
    return switch (label == null ? "" : label.toLowerCase(Locale.ROOT)) {
      case "mobile" -> TelephoneType.CELL;
      case "home" -> TelephoneType.HOME;
      case "work" -> TelephoneType.WORK;
      case "fax" -> TelephoneType.FAX;
      case "pager" -> TelephoneType.PAGER;
      default -> null;
    };
  }
}

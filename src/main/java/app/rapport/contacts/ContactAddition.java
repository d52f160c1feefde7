package app.rapport.contacts;

import app.rapport.platform.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an import adds to a person already in Rapport. An import never overwrites what is there: it
 * fills in details left blank and adds email addresses, phone numbers and tags the person does not
 * have yet. Kept with the import, so that undoing it takes back exactly this and nothing the user
 * changed since.
 *
 * @param organizationId the organisation {@code company} resolved to, once saved
 */
public record ContactAddition(
    long contactId,
    String company,
    Long organizationId,
    String title,
    String linkedinUrl,
    LocalDate knownSince,
    String birthday,
    String notes,
    List<EmailAddress> emails,
    List<PhoneNumber> phones,
    List<String> tags) {

  private static final java.util.regex.Pattern NOT_DIAL =
      java.util.regex.Pattern.compile("[^0-9+]");

  public ContactAddition {
    emails = emails == null ? List.of() : List.copyOf(emails);
    phones = phones == null ? List.of() : List.copyOf(phones);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /**
   * What {@code incoming} would add to {@code existing}: blanks filled, new addresses, numbers and
   * tags (matched as duplicates are: email and tag case-insensitively, phones by E.164 where
   * known), within the limits a person has (10 addresses, 10 numbers, 30 tags).
   */
  public static ContactAddition between(Contact existing, ContactCommand incoming) {
    Set<String> emailKeys = new HashSet<>();
    existing.emails().forEach(e -> emailKeys.add(e.key()));
    List<EmailAddress> emails = new ArrayList<>();
    for (EmailAddress email : incoming.emails()) {
      if (emailKeys.size() < 10 && emailKeys.add(email.key())) {
        emails.add(email);
      }
    }
    Set<String> phoneKeys = new HashSet<>();
    existing.phones().forEach(p -> phoneKeys.add(phoneKey(p)));
    List<PhoneNumber> phones = new ArrayList<>();
    for (PhoneNumber phone : incoming.phones()) {
      if (phoneKeys.size() < 10 && phoneKeys.add(phoneKey(phone))) {
        phones.add(phone);
      }
    }
    Set<String> tagKeys = new HashSet<>();
    existing.tags().forEach(t -> tagKeys.add(Text.fold(t)));
    List<String> tags = new ArrayList<>();
    for (String tag : incoming.tags()) {
      if (tagKeys.size() < 30 && tagKeys.add(Text.fold(tag))) {
        tags.add(tag);
      }
    }
    boolean needsProfile =
        existing.linkedinUrl() == null
            && incoming.linkedinUrl() != null
            && LinkedInProfiles.key(incoming.linkedinUrl()) != null;
    return new ContactAddition(
        existing.id(),
        existing.company() == null ? incoming.company() : null,
        null,
        existing.title() == null ? incoming.title() : null,
        needsProfile ? incoming.linkedinUrl() : null,
        existing.knownSince() == null ? incoming.knownSince() : null,
        existing.birthday() == null && incoming.birthday() != null
            ? incoming.birthday().toString()
            : null,
        existing.notes() == null ? incoming.notes() : null,
        emails,
        phones,
        tags);
  }

  private static <T> T either(T first, T second) {
    return first != null ? first : second;
  }

  /** What tells two numbers apart: E.164 when valid, else the digits, else the text. */
  static String phoneKey(PhoneNumber phone) {
    if (phone.e164() != null) {
      return phone.e164();
    }
    String digits = NOT_DIAL.matcher(phone.value()).replaceAll("");
    return digits.replace("+", "").isEmpty()
        ? phone.value().strip().toLowerCase(Locale.ROOT)
        : digits;
  }

  public boolean isEmpty() {
    return company == null
        && title == null
        && linkedinUrl == null
        && knownSince == null
        && birthday == null
        && notes == null
        && emails.isEmpty()
        && phones.isEmpty()
        && tags.isEmpty();
  }

  /** The same addition with its organisation resolved. */
  public ContactAddition withOrganization(Long id) {
    return new ContactAddition(
        contactId,
        company,
        id,
        title,
        linkedinUrl,
        knownSince,
        birthday,
        notes,
        emails,
        phones,
        tags);
  }

  /** The person as they will be once this is added (for matching the next row against). */
  public Contact appliedTo(Contact c) {
    List<EmailAddress> allEmails = new ArrayList<>(c.emails());
    allEmails.addAll(emails);
    List<PhoneNumber> allPhones = new ArrayList<>(c.phones());
    allPhones.addAll(phones);
    List<String> allTags = new ArrayList<>(c.tags());
    allTags.addAll(tags);
    return new Contact(
        c.id(),
        c.fullName(),
        allEmails,
        allPhones,
        either(c.linkedinUrl(), linkedinUrl),
        c.organizationId(),
        either(c.company(), company),
        either(c.title(), title),
        c.industry(),
        c.tier(),
        c.cadenceDays(),
        allTags,
        either(c.notes(), notes),
        c.howWeMet(),
        either(c.knownSince(), knownSince),
        c.career(),
        c.birthday() != null ? c.birthday() : Birthday.parse(birthday).orElse(null),
        c.version(),
        c.createdAt(),
        c.updatedAt(),
        c.deletedAt());
  }
}

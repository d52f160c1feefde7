package app.rapport.imports.read;

import java.time.LocalDate;
import java.util.List;

/**
 * One person read from a file, before any matching against the people Rapport already knows. Text
 * values are trimmed; a blank value is null and a missing list is empty.
 *
 * @param fullName the name to show: the file's own full name, else the name parts joined (given,
 *     middle, family, suffix), else a nickname, the organisation, the first email address or the
 *     first phone number; never null
 * @param givenName the first name as the file gave it
 * @param familyName the last name as the file gave it; LinkedIn credentials after a comma ("Okafor,
 *     PhD") are kept as they are
 * @param emails email addresses, the file's preferred one first, without duplicates
 * @param phones phone numbers as written, the file's preferred one first, without duplicates
 * @param organization the current employer (the first one when there are several)
 * @param title the job title, not an honorific such as "Dr."
 * @param linkedinUrl the LinkedIn profile address as written in the file
 * @param knownSince when the user connected with this person (LinkedIn's "Connected On")
 * @param birthday the birthday, possibly without a year
 * @param notes free text notes
 * @param tags groups and labels the user gave the person, without system groups such as Google's "*
 *     myContacts"
 * @param sourceRow the 1-based spreadsheet row or vCard card number the person came from
 * @param uid the vCard's UID or the Google CSV's "Rapport ID" field, which Rapport's own exports
 *     make from the person's id; null when the file has none
 */
public record ImportedPerson(
    String fullName,
    String givenName,
    String familyName,
    List<ImportedEmail> emails,
    List<ImportedPhone> phones,
    String organization,
    String title,
    String linkedinUrl,
    LocalDate knownSince,
    Birthday birthday,
    String notes,
    List<String> tags,
    int sourceRow,
    String uid) {

  public ImportedPerson {
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
    tags = List.copyOf(tags);
  }
}

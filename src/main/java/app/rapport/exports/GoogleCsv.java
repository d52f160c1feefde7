package app.rapport.exports;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactNotes;
import app.rapport.contacts.ContactUid;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * People in Google Contacts' current CSV layout, which Google, Outlook.com, Apple's and most
 * address books import: as many "E-mail n" and "Phone n" pairs as the person with the most has,
 * several tags in one cell joined by " ::: ". Cells that a spreadsheet would run as a formula
 * ({@code = + - @}, tab, carriage return at the start) get an apostrophe before them.
 *
 * <p>Each person's UID ({@link ContactUid}, the same as in the vCard export) is a custom field
 * labelled {@value ContactUid#LABEL}: the layout has no UID column, but custom fields are part of
 * it and Google's own export writes them, so a file imported back finds each person by it.
 */
final class GoogleCsv {

  static final List<String> FIXED =
      List.of(
          "First Name",
          "Middle Name",
          "Last Name",
          "Phonetic First Name",
          "Phonetic Middle Name",
          "Phonetic Last Name",
          "Name Prefix",
          "Name Suffix",
          "Nickname",
          "File As",
          "Organization Name",
          "Organization Title",
          "Organization Department",
          "Birthday",
          "Notes",
          "Photo",
          "Labels");

  private static final java.util.regex.Pattern YEARLESS =
      java.util.regex.Pattern.compile("--\\d{2}-\\d{2}");
  private static final java.util.regex.Pattern PHONE =
      java.util.regex.Pattern.compile("\\+[0-9][0-9 ().-]*");

  private GoogleCsv() {}

  static List<String> header(int emails, int phones) {
    List<String> header = new ArrayList<>(FIXED);
    for (int i = 1; i <= emails; i++) {
      header.add("E-mail " + i + " - Label");
      header.add("E-mail " + i + " - Value");
    }
    for (int i = 1; i <= phones; i++) {
      header.add("Phone " + i + " - Label");
      header.add("Phone " + i + " - Value");
    }
    header.add("Website 1 - Label");
    header.add("Website 1 - Value");
    header.add("Custom Field 1 - Label");
    header.add("Custom Field 1 - Value");
    return header;
  }

  static List<String> row(Contact c, int emails, int phones) {
    List<String> row = new ArrayList<>();
    var name = VCards.name(c.fullName());
    row.add(name.getGiven());
    row.add("");
    row.add(name.getFamily());
    for (int i = 0; i < 7; i++) {
      row.add("");
    }
    row.add(c.company());
    row.add(c.title());
    row.add("");
    row.add(c.birthday() == null ? "" : c.birthday().toString());
    row.add(notes(c));
    row.add("");
    List<String> labels = new ArrayList<>();
    labels.add("* myContacts");
    labels.addAll(c.tags());
    row.add(String.join(" ::: ", labels));
    for (int i = 0; i < emails; i++) {
      EmailAddress email = i < c.emails().size() ? c.emails().get(i) : null;
      row.add(email == null ? "" : (i == 0 ? "* " : "") + emailLabel(email.label()));
      row.add(email == null ? "" : email.value());
    }
    for (int i = 0; i < phones; i++) {
      PhoneNumber phone = i < c.phones().size() ? c.phones().get(i) : null;
      row.add(phone == null ? "" : (i == 0 ? "* " : "") + phoneLabel(phone.label()));
      row.add(phone == null ? "" : phone.value());
    }
    row.add(c.linkedinUrl() == null ? "" : "LinkedIn");
    row.add(c.linkedinUrl());
    row.add(ContactUid.LABEL);
    row.add(ContactUid.of(c.id()));
    return row.stream().map(GoogleCsv::safe).toList();
  }

  private static String notes(Contact c) {
    return ContactNotes.written(c.notes(), c.howWeMet());
  }

  /**
   * A cell a spreadsheet program will show as text, never run as a formula. Two shapes that start
   * with a formula's sign but can carry nothing else are left as they are, because the file is
   * mostly for Google Contacts, which would keep a quote as part of the value: Google's own way of
   * writing a birthday without a year ({@code --03-15}), and an international phone number ({@code
   * +44 20 7946 0958}: digits, spaces, brackets, dots and dashes only, so no function or
   * reference).
   */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    if (YEARLESS.matcher(cell).matches() || PHONE.matcher(cell).matches()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }

  private static String emailLabel(String label) {
    return switch (label == null ? "" : label.toLowerCase(Locale.ROOT)) {
      case "work" -> "Work";
      case "personal", "home" -> "Home";
      case "", "other" -> "Other";
      default -> label;
    };
  }

  private static String phoneLabel(String label) {
    return switch (label == null ? "" : label.toLowerCase(Locale.ROOT)) {
      case "mobile" -> "Mobile";
      case "home" -> "Home";
      case "work" -> "Work";
      case "fax" -> "Work Fax";
      case "pager" -> "Pager";
      case "", "other" -> "Other";
      default -> label;
    };
  }
}

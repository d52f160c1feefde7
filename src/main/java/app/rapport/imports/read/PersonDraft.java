package app.rapport.imports.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/** Gathers one person's values while a row or card is read; cleans and orders them. */
final class PersonDraft {

  String fullName;
  String givenName;
  String middleName;
  String familyName;
  String suffix;
  String nickname;
  String organization;
  String title;
  String linkedinUrl;
  LocalDate knownSince;
  Birthday birthday;
  String uid;
  private final List<String> notes = new ArrayList<>();
  private final List<ImportedEmail> preferredEmails = new ArrayList<>();
  private final List<ImportedEmail> otherEmails = new ArrayList<>();
  private final Set<String> emailKeys = new LinkedHashSet<>();
  private final List<ImportedPhone> preferredPhones = new ArrayList<>();
  private final List<ImportedPhone> otherPhones = new ArrayList<>();
  private final Set<String> phoneKeys = new LinkedHashSet<>();
  private final List<String> rejectedPhones = new ArrayList<>();
  private final Set<String> tags = new LinkedHashSet<>();

  void email(String address, String label, boolean preferred) {
    String cleaned = Text.clean(address);
    if (cleaned == null) {
      return;
    }
    if (cleaned.regionMatches(true, 0, "mailto:", 0, 7)) {
      cleaned = Text.clean(cleaned.substring(7));
      if (cleaned == null) {
        return;
      }
    }
    if (emailKeys.add(cleaned.toLowerCase(Locale.ROOT))) {
      (preferred ? preferredEmails : otherEmails).add(new ImportedEmail(cleaned, label));
    }
  }

  void phone(String raw, String label, boolean preferred) {
    String cleaned = Text.clean(raw);
    if (cleaned == null) {
      return;
    }
    if (cleaned.chars().filter(Character::isDigit).count() < 3) {
      // "CFO" in a shifted row, "BusinessPhone" from an old export, "=1+1": not a number to keep
      if (!rejectedPhones.contains(cleaned)) {
        rejectedPhones.add(cleaned);
      }
      return;
    }
    if (phoneKeys.add(cleaned)) {
      (preferred ? preferredPhones : otherPhones).add(new ImportedPhone(cleaned, label));
    }
  }

  void note(String note) {
    String cleaned = Text.clean(note);
    if (cleaned != null && !notes.contains(cleaned)) {
      notes.add(cleaned);
    }
  }

  void tag(String rawGroup) {
    String group = Labels.group(rawGroup);
    if (group != null) {
      tags.add(group);
    }
  }

  void linkedin(String url) {
    if (linkedinUrl == null) {
      linkedinUrl = Text.clean(url);
    }
  }

  /** What the row or card gave as phone numbers that hold no digit, for its report. */
  List<String> rejectedPhones() {
    return rejectedPhones;
  }

  /** The row problem for a value left out of the phone numbers. */
  static String notAPhone(String value) {
    return "\""
        + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
        + "\" is not a phone number (it has fewer than three digits), so it was not kept.";
  }

  boolean hasEmailOrPhone() {
    return !emailKeys.isEmpty() || !phoneKeys.isEmpty();
  }

  /** The person, or null when the row names no one and gives no way to reach anyone. */
  ImportedPerson build(int sourceRow) {
    List<ImportedEmail> emails = new ArrayList<>(preferredEmails);
    emails.addAll(otherEmails);
    List<ImportedPhone> phones = new ArrayList<>(preferredPhones);
    phones.addAll(otherPhones);
    String name = displayName(emails, phones);
    if (name == null) {
      return null;
    }
    return new ImportedPerson(
        name,
        Text.clean(givenName),
        Text.clean(familyName),
        emails,
        phones,
        Text.clean(organization),
        Text.clean(title),
        Text.clean(linkedinUrl),
        knownSince,
        birthday,
        notes.isEmpty() ? null : String.join("\n\n", notes),
        new ArrayList<>(tags),
        sourceRow,
        Text.clean(uid));
  }

  private String displayName(List<ImportedEmail> emails, List<ImportedPhone> phones) {
    String name = Text.clean(fullName);
    if (name != null) {
      return name;
    }
    StringJoiner parts = new StringJoiner(" ");
    for (String part : new String[] {givenName, middleName, familyName, suffix}) {
      String cleaned = Text.clean(part);
      if (cleaned != null) {
        parts.add(cleaned);
      }
    }
    if (parts.length() > 0) {
      return parts.toString();
    }
    for (String fallback : new String[] {nickname, organization}) {
      if (Text.clean(fallback) != null) {
        return Text.clean(fallback);
      }
    }
    if (!emails.isEmpty()) {
      return emails.get(0).address();
    }
    if (!phones.isEmpty()) {
      return phones.get(0).raw();
    }
    return null;
  }
}

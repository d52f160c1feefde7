package app.rapport.imports.read;

import app.rapport.contacts.ContactUid;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Contacts' CSV in both layouts. The current one ("First Name", "Labels", "E-mail 1 -
 * Label") and the legacy one ("Name", "Given Name", "Group Membership", "E-mail 1 - Type") differ
 * in names more than in shape, so one mapper reads both. A cell may hold several values joined by "
 * ::: "; a label starting with "* " marks the preferred value. Of the custom fields, the one
 * labelled {@value ContactUid#LABEL} is read: the UID Rapport's own export gave the person.
 */
final class GoogleContacts implements CsvRowMapper {

  private static final Pattern NUMBERED =
      Pattern.compile("(?i)(e-mail|email|phone|website|organization|custom field) (\\d+) - (.+)");
  private static final Pattern SEPARATOR = Pattern.compile(":::");

  /** One numbered group of columns, such as "Phone 2 - Label" with "Phone 2 - Value". */
  private record Group(int label, int value) {}

  private final int fullName;
  private final int given;
  private final int middle;
  private final int family;
  private final int suffix;
  private final int nickname;
  private final int fileAs;
  private final int organization;
  private final int title;
  private final int birthday;
  private final int notes;
  private final int labels;
  private final List<Group> emails;
  private final List<Group> phones;
  private final List<Group> websites;
  private final List<Group> customFields;

  private GoogleContacts(CsvHeader header) {
    fullName = header.indexOf("Name");
    given = header.indexOf("First Name", "Given Name");
    middle = header.indexOf("Middle Name", "Additional Name");
    family = header.indexOf("Last Name", "Family Name");
    suffix = header.indexOf("Name Suffix");
    nickname = header.indexOf("Nickname");
    fileAs = header.indexOf("File As");
    organization = header.indexOf("Organization Name", "Organization 1 - Name");
    title = header.indexOf("Organization Title", "Organization 1 - Title");
    birthday = header.indexOf("Birthday");
    notes = header.indexOf("Notes");
    labels = header.indexOf("Labels", "Group Membership");
    emails = groups(header, "e-mail", "email");
    phones = groups(header, "phone");
    websites = groups(header, "website");
    customFields = groups(header, "custom field");
  }

  static CsvRowMapper.Factory factory() {
    return GoogleContacts::new;
  }

  private static List<Group> groups(CsvHeader header, String... kinds) {
    List<Group> groups = new ArrayList<>();
    List<String> names = header.names();
    for (int i = 0; i < names.size(); i++) {
      Matcher numbered = NUMBERED.matcher(names.get(i));
      if (!numbered.matches()
          || !List.of(kinds).contains(numbered.group(1).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (!numbered.group(3).equalsIgnoreCase("Value")) {
        continue;
      }
      String prefix = numbered.group(1) + " " + numbered.group(2) + " - ";
      groups.add(new Group(header.indexOf(prefix + "Label", prefix + "Type"), i));
    }
    return groups;
  }

  @Override
  public List<Integer> dateColumns() {
    return List.of(birthday);
  }

  @Override
  public PersonDraft read(CsvTable.Row row, RowContext context) {
    PersonDraft draft = new PersonDraft();
    draft.fullName = row.cell(fullName);
    draft.givenName = row.cell(given);
    draft.middleName = row.cell(middle);
    draft.familyName = row.cell(family);
    draft.suffix = row.cell(suffix);
    draft.nickname = firstNonNull(row.cell(nickname), row.cell(fileAs));
    draft.organization = firstValue(row.cell(organization));
    draft.title = firstValue(row.cell(title));
    for (Group group : emails) {
      String label = row.cell(group.label());
      for (String address : values(row.cell(group.value()))) {
        draft.email(address, Labels.email(label), Labels.isPreferred(label));
      }
    }
    for (Group group : phones) {
      String label = row.cell(group.label());
      for (String number : values(row.cell(group.value()))) {
        draft.phone(number, Labels.phone(label), Labels.isPreferred(label));
      }
    }
    for (Group group : websites) {
      for (String site : values(row.cell(group.value()))) {
        if (LinkedInUrls.isProfile(site)) {
          draft.linkedin(site);
        }
      }
    }
    for (Group group : customFields) {
      String label = Text.clean(row.cell(group.label()));
      if (label != null && label.equalsIgnoreCase(ContactUid.LABEL)) {
        draft.uid = firstValue(row.cell(group.value()));
      }
    }
    for (String label : values(row.cell(labels))) {
      draft.tag(label);
    }
    draft.note(row.cell(notes));
    draft.birthday = context.birthday(row.cell(birthday));
    return draft;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static String firstValue(String cell) {
    List<String> values = values(cell);
    return values.isEmpty() ? null : values.get(0);
  }

  static List<String> values(String cell) {
    List<String> values = new ArrayList<>();
    if (cell == null) {
      return values;
    }
    for (String value : SEPARATOR.split(cell)) {
      String cleaned = Text.clean(value);
      if (cleaned != null) {
        values.add(cleaned);
      }
    }
    return values;
  }
}

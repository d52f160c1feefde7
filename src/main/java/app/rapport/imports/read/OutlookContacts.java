package app.rapport.imports.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlook's contact CSV in its layouts: classic desktop Outlook (about 92 columns, Windows-1252
 * more often than not), Outlook.com and the new Outlook (61 columns), and Google's "Outlook CSV"
 * export. They share column names, not their order. "Title" here is an honorific such as "Dr."; the
 * position is "Job Title". A German Outlook writes the same columns under German names ("Vorname",
 * "E-Mail-Adresse", "Telefon geschäftlich"), each read here beside its English one.
 */
final class OutlookContacts implements CsvRowMapper {

  /** An Exchange-internal address (X.500) is no email address; its display name may hold one. */
  private static final Pattern ADDRESS_IN_PARENTHESES =
      Pattern.compile(".*\\(([^()\\s]+@[^()\\s]+)\\)\\s*");

  private record EmailColumns(int address, int type, int displayName) {}

  private record PhoneColumn(int index, String label) {}

  /** Each phone column: its label, then its names in English and in German. */
  private static final String[][] PHONES = {
    {"mobile", "Mobile Phone", "Mobiltelefon"},
    {"work", "Business Phone", "Telefon geschäftlich"},
    {"work", "Business Phone 2", "Telefon geschäftlich 2"},
    {"work", "Company Main Phone", "Telefon Firma"},
    {"home", "Home Phone", "Telefon privat", "Telefon (privat)"},
    {"home", "Home Phone 2", "Telefon privat 2", "Telefon (privat 2)"},
    {"other", "Primary Phone", "Haupttelefon"},
    {"other", "Other Phone", "Weiteres Telefon"},
    {"other", "Car Phone", "Autotelefon"},
    {"other", "Callback", "Rückmeldung"},
    {"other", "Radio Phone", "Mobiltelefon 2"},
    {"other", "ISDN"},
    {"other", "TTY/TDD Phone", "Telefon für Hörbehinderte"},
    {"other", "Assistant's Phone", "Telefon Assistent"},
    {"fax", "Business Fax", "Fax geschäftlich"},
    {"fax", "Home Fax", "Fax privat"},
    {"fax", "Other Fax", "Weiteres Fax"},
    {"pager", "Pager"},
  };

  private final int given;
  private final int middle;
  private final int family;
  private final int suffix;
  private final int nickname;
  private final int company;
  private final int jobTitle;
  private final int birthday;
  private final int notes;
  private final int categories;
  private final List<Integer> webPages = new ArrayList<>();
  private final List<EmailColumns> emails = new ArrayList<>();
  private final List<PhoneColumn> phones = new ArrayList<>();

  private OutlookContacts(CsvHeader header) {
    given = header.indexOf("First Name", "Vorname");
    middle = header.indexOf("Middle Name", "Weitere Vornamen");
    family = header.indexOf("Last Name", "Nachname");
    suffix = header.indexOf("Suffix");
    nickname = header.indexOf("Nickname");
    company = header.indexOf("Company", "Firma");
    // In a German export "Position" is the job title; its honorific is "Anrede".
    jobTitle = header.indexOf("Job Title", "Position");
    birthday = header.indexOf("Birthday", "Geburtstag");
    notes = header.indexOf("Notes", "Notizen");
    categories = header.indexOf("Categories", "Kategorien");
    for (String page :
        new String[] {"Web Page", "Personal Web Page", "Business Web Page", "Webseite"}) {
      if (header.indexOf(page) >= 0) {
        webPages.add(header.indexOf(page));
      }
    }
    emails.add(
        new EmailColumns(
            header.indexOf("E-mail Address", "E-Mail-Adresse"),
            header.indexOf("E-mail Type", "E-Mail-Typ"),
            header.indexOf("E-mail Display Name", "E-Mail: Angezeigter Name")));
    for (int n = 2; n <= 3; n++) {
      String prefix = "E-mail " + n + " ";
      String german = "E-Mail " + n + ": ";
      emails.add(
          new EmailColumns(
              header.indexOf(prefix + "Address", german + "Adresse"),
              header.indexOf(prefix + "Type", german + "Typ"),
              header.indexOf(prefix + "Display Name", german + "Angezeigter Name")));
    }
    for (String[] phone : PHONES) {
      int index = header.indexOf(java.util.Arrays.copyOfRange(phone, 1, phone.length));
      if (index >= 0) {
        phones.add(new PhoneColumn(index, phone[0]));
      }
    }
  }

  static CsvRowMapper.Factory factory() {
    return OutlookContacts::new;
  }

  @Override
  public List<Integer> dateColumns() {
    return List.of(birthday);
  }

  @Override
  public PersonDraft read(CsvTable.Row row, RowContext context) {
    PersonDraft draft = new PersonDraft();
    draft.givenName = row.cell(given);
    draft.middleName = row.cell(middle);
    draft.familyName = row.cell(family);
    draft.suffix = row.cell(suffix);
    draft.nickname = row.cell(nickname);
    draft.organization = row.cell(company);
    draft.title = row.cell(jobTitle);
    for (EmailColumns columns : emails) {
      String address = row.cell(columns.address());
      if (address == null) {
        continue;
      }
      if ("EX".equalsIgnoreCase(row.cell(columns.type())) || address.startsWith("/")) {
        address = addressInDisplayName(row.cell(columns.displayName()));
      }
      draft.email(address, "other", false);
    }
    for (PhoneColumn phone : phones) {
      draft.phone(row.cell(phone.index()), phone.label(), false);
    }
    for (int page : webPages) {
      if (LinkedInUrls.isProfile(row.cell(page))) {
        draft.linkedin(row.cell(page));
      }
    }
    String groups = row.cell(categories);
    if (groups != null) {
      for (String group : groups.split("[;,]")) {
        draft.tag(group);
      }
    }
    draft.note(row.cell(notes));
    draft.birthday = context.birthday(row.cell(birthday));
    return draft;
  }

  private static String addressInDisplayName(String displayName) {
    if (displayName == null) {
      return null;
    }
    Matcher matcher = ADDRESS_IN_PARENTHESES.matcher(displayName);
    return matcher.matches() ? matcher.group(1) : null;
  }
}

package app.rapport.imports.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlook's contact CSV in its layouts: classic desktop Outlook (about 92 columns, Windows-1252
 * more often than not), Outlook.com and the new Outlook (61 columns), and Google's "Outlook CSV"
 * export. They share column names, not their order. "Title" here is an honorific such as "Dr."; the
 * position is "Job Title".
 */
final class OutlookContacts implements CsvRowMapper {

  /** An Exchange-internal address (X.500) is no email address; its display name may hold one. */
  private static final Pattern ADDRESS_IN_PARENTHESES =
      Pattern.compile(".*\\(([^()\\s]+@[^()\\s]+)\\)\\s*");

  private record EmailColumns(int address, int type, int displayName) {}

  private record PhoneColumn(int index, String label) {}

  private static final String[][] PHONES = {
    {"Mobile Phone", "mobile"},
    {"Business Phone", "work"},
    {"Business Phone 2", "work"},
    {"Company Main Phone", "work"},
    {"Home Phone", "home"},
    {"Home Phone 2", "home"},
    {"Primary Phone", "other"},
    {"Other Phone", "other"},
    {"Car Phone", "other"},
    {"Callback", "other"},
    {"Radio Phone", "other"},
    {"ISDN", "other"},
    {"TTY/TDD Phone", "other"},
    {"Assistant's Phone", "other"},
    {"Business Fax", "fax"},
    {"Home Fax", "fax"},
    {"Other Fax", "fax"},
    {"Pager", "pager"},
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
    given = header.indexOf("First Name");
    middle = header.indexOf("Middle Name");
    family = header.indexOf("Last Name");
    suffix = header.indexOf("Suffix");
    nickname = header.indexOf("Nickname");
    company = header.indexOf("Company");
    jobTitle = header.indexOf("Job Title");
    birthday = header.indexOf("Birthday");
    notes = header.indexOf("Notes");
    categories = header.indexOf("Categories");
    for (String page : new String[] {"Web Page", "Personal Web Page", "Business Web Page"}) {
      if (header.indexOf(page) >= 0) {
        webPages.add(header.indexOf(page));
      }
    }
    emails.add(
        new EmailColumns(
            header.indexOf("E-mail Address"),
            header.indexOf("E-mail Type"),
            header.indexOf("E-mail Display Name")));
    for (int n = 2; n <= 3; n++) {
      String prefix = "E-mail " + n + " ";
      emails.add(
          new EmailColumns(
              header.indexOf(prefix + "Address"),
              header.indexOf(prefix + "Type"),
              header.indexOf(prefix + "Display Name")));
    }
    for (String[] phone : PHONES) {
      int index = header.indexOf(phone[0]);
      if (index >= 0) {
        phones.add(new PhoneColumn(index, phone[1]));
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

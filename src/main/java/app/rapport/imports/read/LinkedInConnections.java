package app.rapport.imports.read;

import java.util.List;

/**
 * LinkedIn's Connections.csv, every era: with or without the "Notes:" preamble (mid-2021 on), with
 * or without the URL column (mid-2023 on), re-saved by Excel (byte order mark, CRLF, dates like
 * 4-Apr-21). Columns are found by name, never by position.
 */
final class LinkedInConnections implements CsvRowMapper {

  static final String HIDDEN =
      "Hidden or closed LinkedIn profiles: LinkedIn gives only the date you connected";

  private final int first;
  private final int last;
  private final int url;
  private final int email;
  private final int company;
  private final int position;
  private final int connectedOn;

  private LinkedInConnections(CsvHeader header) {
    first = header.indexOf("First Name");
    last = header.indexOf("Last Name");
    url = header.indexOf("URL", "Profile URL");
    email = header.indexOf("Email Address", "E-mail Address", "Email");
    company = header.indexOf("Company");
    position = header.indexOf("Position");
    connectedOn = header.indexOf("Connected On");
  }

  static CsvRowMapper.Factory factory() {
    return LinkedInConnections::new;
  }

  @Override
  public List<Integer> dateColumns() {
    return List.of(connectedOn);
  }

  @Override
  public PersonDraft read(CsvTable.Row row, RowContext context) {
    PersonDraft draft = new PersonDraft();
    draft.givenName = row.cell(first);
    draft.familyName = row.cell(last);
    draft.linkedin(row.cell(url));
    draft.email(row.cell(email), "other", false);
    draft.organization = row.cell(company);
    draft.title = row.cell(position);
    boolean anyoneThere =
        draft.givenName != null
            || draft.familyName != null
            || draft.linkedinUrl != null
            || draft.hasEmailOrPhone()
            || draft.organization != null
            || draft.title != null;
    if (!anyoneThere) {
      // LinkedIn keeps a row for each hidden or closed profile, holding only the date.
      context.skip(HIDDEN);
      return null;
    }
    draft.knownSince = context.date(row.cell(connectedOn), "date connected");
    return draft;
  }
}

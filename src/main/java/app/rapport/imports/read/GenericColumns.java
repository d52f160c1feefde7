package app.rapport.imports.read;

import java.util.ArrayList;
import java.util.List;

/** Any spreadsheet of contacts, read through a column mapping the user has confirmed. */
final class GenericColumns implements CsvRowMapper {

  private final ColumnMapping mapping;
  private final List<String> names;

  private GenericColumns(ColumnMapping mapping, CsvHeader header) {
    this.mapping = mapping;
    this.names = header.names();
  }

  static CsvRowMapper.Factory factory(ColumnMapping mapping) {
    return header -> {
      if (!mapping.identifiesPeople()) {
        throw new StopReading(
            "Choose at least one column that holds a name, an email address or a phone number.");
      }
      return new GenericColumns(mapping, header);
    };
  }

  @Override
  public List<Integer> dateColumns() {
    List<Integer> columns = new ArrayList<>(mapping.columnsOf(PersonField.DATE_CONNECTED));
    columns.addAll(mapping.columnsOf(PersonField.BIRTHDAY));
    return columns;
  }

  @Override
  public PersonDraft read(CsvTable.Row row, RowContext context) {
    PersonDraft draft = new PersonDraft();
    for (int i = 0; i < row.cells().size(); i++) {
      String value = row.cell(i);
      if (value == null) {
        continue;
      }
      String columnName = i < names.size() ? names.get(i) : "";
      switch (mapping.fieldOf(i)) {
        case FULL_NAME:
          draft.fullName = value;
          break;
        case FIRST_NAME:
          draft.givenName = value;
          break;
        case LAST_NAME:
          draft.familyName = value;
          break;
        case EMAIL:
          for (String one : GoogleContacts.values(value)) {
            draft.email(one, CsvColumns.emailLabel(columnName), false);
          }
          break;
        case PHONE:
          for (String one : GoogleContacts.values(value)) {
            draft.phone(one, CsvColumns.phoneLabel(columnName), false);
          }
          break;
        case COMPANY:
          draft.organization = value;
          break;
        case TITLE:
          draft.title = value;
          break;
        case NOTES:
          draft.note(value);
          break;
        case LINKEDIN_URL:
          draft.linkedin(value);
          break;
        case DATE_CONNECTED:
          draft.knownSince = context.date(value, "date connected");
          break;
        case BIRTHDAY:
          draft.birthday = context.birthday(value);
          break;
        case IGNORE:
        default:
          break;
      }
    }
    return draft;
  }
}

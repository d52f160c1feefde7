package app.rapport.imports.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which field each column of a spreadsheet holds, by column position (names can repeat).
 *
 * @param fields one entry per column, {@link PersonField#IGNORE} for a column left out
 */
public record ColumnMapping(List<PersonField> fields) {

  public ColumnMapping {
    fields = List.copyOf(fields);
  }

  /** A mapping for {@code columns} columns from the given column positions; others left out. */
  public static ColumnMapping of(int columns, Map<Integer, PersonField> byColumn) {
    List<PersonField> fields = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      fields.add(byColumn.getOrDefault(i, PersonField.IGNORE));
    }
    return new ColumnMapping(fields);
  }

  /** The field of column {@code index}; columns past the end are left out. */
  public PersonField fieldOf(int index) {
    return index >= 0 && index < fields.size() ? fields.get(index) : PersonField.IGNORE;
  }

  /** The positions of the columns holding this field. */
  public List<Integer> columnsOf(PersonField field) {
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) == field) {
        columns.add(i);
      }
    }
    return columns;
  }

  /** Whether no column is mapped to anything. */
  public boolean isEmpty() {
    return fields.stream().allMatch(field -> field == PersonField.IGNORE);
  }

  /** Whether the mapping can produce a person: a name, an email or a phone column. */
  public boolean identifiesPeople() {
    return fields.stream()
        .anyMatch(
            field ->
                field == PersonField.FULL_NAME
                    || field == PersonField.FIRST_NAME
                    || field == PersonField.LAST_NAME
                    || field == PersonField.EMAIL
                    || field == PersonField.PHONE);
  }
}

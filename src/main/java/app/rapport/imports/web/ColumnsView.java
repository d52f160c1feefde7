package app.rapport.imports.web;

import app.rapport.imports.read.ColumnMapping;
import app.rapport.imports.read.CsvPreview;
import app.rapport.imports.read.PersonField;
import app.rapport.platform.web.FormErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * The column-mapping screen: each column of the spreadsheet with a few of its values and the field
 * Rapport proposes (or the user chose: a form sent back keeps every choice, so nothing is chosen
 * twice).
 */
public record ColumnsView(ImportView upload, List<Column> columns, FormErrors errors) {

  /** One column: its name, some values from it, and what it holds. */
  public record Column(int index, String name, List<String> samples, PersonField field) {

    public String selectId() {
      return "column-" + index;
    }
  }

  public List<PersonField> fields() {
    return List.of(PersonField.values());
  }

  static ColumnsView of(
      ImportView upload, CsvPreview preview, ColumnMapping chosen, FormErrors errors) {
    List<Column> columns = new ArrayList<>();
    ColumnMapping mapping = chosen != null ? chosen : preview.proposed();
    for (int i = 0; i < preview.header().size(); i++) {
      List<String> samples = new ArrayList<>();
      for (List<String> row : preview.rows()) {
        String value = i < row.size() ? row.get(i) : "";
        if (!value.isBlank() && samples.size() < 3) {
          samples.add(value.length() > 60 ? value.substring(0, 57) + "…" : value);
        }
      }
      String name = preview.header().get(i);
      columns.add(
          new Column(
              i,
              name == null || name.isBlank() ? "Column " + (i + 1) : name,
              samples,
              mapping.fieldOf(i)));
    }
    return new ColumnsView(upload, columns, errors);
  }
}

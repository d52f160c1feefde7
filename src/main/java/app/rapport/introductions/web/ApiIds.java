package app.rapport.introductions.web;

import app.rapport.platform.FieldProblem;
import app.rapport.platform.db.Ids;
import java.util.List;

/** Reads the ids a JSON body names, noting each one that is not an id at all. */
final class ApiIds {

  private ApiIds() {}

  static Long parse(String text, String field, String what, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    var id = Ids.parse(text);
    if (id.isEmpty()) {
      problems.add(new FieldProblem(field, "'" + text + "' is not " + what + "'s id."));
      return null;
    }
    return id.get();
  }
}

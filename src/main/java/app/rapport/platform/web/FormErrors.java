package app.rapport.platform.web;

import app.rapport.platform.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of a submitted form, looked up by field name as its template renders each field. */
public record FormErrors(Map<String, String> byField) {

  public static FormErrors none() {
    return new FormErrors(Map.of());
  }

  public static FormErrors of(List<FieldProblem> problems) {
    Map<String, String> map = new LinkedHashMap<>();
    problems.forEach(
        problem -> map.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
    return new FormErrors(map);
  }

  public String get(String field) {
    return byField.get(field);
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public int count() {
    return byField.size();
  }

  /** Every problem, for the summary at the top of the form that links to each field. */
  public Map<String, String> all() {
    return byField;
  }

  /** The id a field's input has in the page, so the summary can link to it. */
  public static String inputId(String field) {
    return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-");
  }
}

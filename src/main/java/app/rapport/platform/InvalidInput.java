package app.rapport.platform;

import java.util.List;

/**
 * Input that breaks a rule. Pages show each problem beside its field and keep what was typed; the
 * API answers 400 with the list. Nothing has been written when this is thrown.
 */
public class InvalidInput extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInput(List<FieldProblem> problems) {
    super(problems.size() + " problem(s) in the input: " + problems);
    this.problems = List.copyOf(problems);
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}

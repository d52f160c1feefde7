package app.rapport.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a command against its Bean Validation rules and the caller's own, and refuses it whole
 * with every problem named by field, before anything is written.
 */
@Component
public class Rules {

  private final Validator validator;

  Rules(Validator validator) {
    this.validator = validator;
  }

  /** Throws {@link InvalidInput} when the command or the extra problems hold anything wrong. */
  public void check(Object command, List<FieldProblem> extra) {
    List<FieldProblem> problems = new ArrayList<>(problems(command));
    problems.addAll(extra);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  public void check(Object command) {
    check(command, List.of());
  }

  /** The command's Bean Validation problems, then its dates outside {@link PlausibleDates}. */
  public List<FieldProblem> problems(Object command) {
    List<FieldProblem> problems =
        new ArrayList<>(
            validator.validate(command).stream()
                .sorted(
                    Comparator.comparing(
                        (ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldProblem(field(v), v.getMessage()))
                .toList());
    problems.addAll(PlausibleDates.problems(command));
    return problems;
  }

  private static String field(ConstraintViolation<?> violation) {
    return violation
        .getPropertyPath()
        .toString()
        .replace(".<list element>", "")
        .replace("<list element>", "");
  }
}

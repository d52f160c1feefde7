package app.rapport.platform;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The years a date a person enters may fall in: from 1900, older than anyone's working life, to
 * 2199, past any follow-up worth planning. Dates outside them are typing slips (a browser's date
 * field takes six-digit years), and neither database stores them alike, so every command is checked
 * before anything is written: {@link Rules} looks at each date in a command, and the few dates that
 * arrive outside commands (a snooze's "until") are checked where they are read.
 */
public final class PlausibleDates {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2199;

  public static final String MESSAGE =
      "Use a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", for example 2019-04-21.";

  private PlausibleDates() {}

  public static boolean plausible(LocalDate date) {
    return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR);
  }

  /** Throws {@link InvalidInput} naming the field when the date is outside the years above. */
  public static LocalDate check(String field, LocalDate date) {
    if (!plausible(date)) {
      throw InvalidInput.of(field, MESSAGE);
    }
    return date;
  }

  /**
   * A problem for every date in the command, in its nested records and in their lists, that is
   * outside the years above, named by its path ("career.knowsGoalSince", "people[2].occurredOn").
   */
  static List<FieldProblem> problems(Object command) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    collect("", command, problems, 0);
    return problems;
  }

  private static void collect(String path, Object value, List<FieldProblem> problems, int depth) {
    if (value == null || depth > 4) {
      return;
    }
    if (value instanceof LocalDate date) {
      if (!plausible(date)) {
        problems.add(new FieldProblem(path, MESSAGE));
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collect(path + "[" + i + "]", list.get(i), problems, depth + 1);
      }
    } else if (value instanceof Optional<?> optional) {
      collect(path, optional.orElse(null), problems, depth);
    } else if (value instanceof Record record && isRapports(record)) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object part;
        try {
          java.lang.reflect.Method accessor = component.getAccessor();
          accessor.setAccessible(true);
          part = accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read " + component, e);
        }
        String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
        collect(name, part, problems, depth + 1);
      }
    }
  }

  private static boolean isRapports(Record record) {
    return record.getClass().getName().startsWith("app.rapport.");
  }
}

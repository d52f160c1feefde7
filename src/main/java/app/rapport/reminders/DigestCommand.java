package app.rapport.reminders;

import app.rapport.contacts.EmailAddress;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What saving the weekly email's settings takes. */
public record DigestCommand(
    boolean enabled,
    @Size(max = 254, message = "An email address has at most {max} characters.")
        @Pattern(
            regexp = EmailAddress.WHATWG,
            message =
                "This does not look like an email address; it should look like ana@example.com.")
        String to,
    @NotNull(message = "Choose a day of the week.") DayOfWeek day,
    @Min(value = 0, message = "Choose an hour from 0 to 23.")
        @Max(value = 23, message = "Choose an hour from 0 to 23.")
        int hour,
    @NotNull(message = "Choose your time zone.") ZoneId timeZone) {

  /**
   * Reads the fields as a page or a script sent them, refusing the whole with every problem named
   * by its field.
   */
  public static DigestCommand parse(
      boolean enabled, String to, String day, String hour, String timeZone) {
    List<FieldProblem> problems = new ArrayList<>();
    DayOfWeek parsedDay = null;
    try {
      parsedDay = DayOfWeek.valueOf(String.valueOf(Text.trimToNull(day)).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("day", "Choose a day of the week, such as MONDAY."));
    }
    int parsedHour = -1;
    try {
      parsedHour = Integer.parseInt(String.valueOf(Text.trimToNull(hour)));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem("hour", "Choose an hour from 0 to 23."));
    }
    ZoneId zone = null;
    try {
      zone = ZoneId.of(String.valueOf(Text.trimToNull(timeZone)));
    } catch (DateTimeException e) {
      problems.add(
          new FieldProblem(
              "timeZone", "Choose your time zone from the list, such as Europe/Oslo."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new DigestCommand(enabled, Text.trimToNull(to), parsedDay, parsedHour, zone);
  }
}

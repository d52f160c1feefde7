package app.rapport.imports.read;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A birthday whose year may be unknown: address books hold many birthdays without a year (Apple's
 * {@code X-APPLE-OMIT-YEAR}, vCard 4's {@code --0315}, Google's {@code --03-15}).
 *
 * @param monthDay the day of the year
 * @param year the year, or null when the file did not give one
 */
public record Birthday(MonthDay monthDay, Integer year) {

  public Birthday {
    if (monthDay == null) {
      throw new IllegalArgumentException("A birthday needs a month and a day");
    }
  }

  public static Birthday of(LocalDate date) {
    return new Birthday(MonthDay.from(date), date.getYear());
  }

  public static Birthday withoutYear(MonthDay monthDay) {
    return new Birthday(monthDay, null);
  }

  /** The full date, when the year is known. */
  public Optional<LocalDate> date() {
    return year == null ? Optional.empty() : Optional.of(monthDay.atYear(year));
  }
}

package app.rapport.contacts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday, with or without its year: address books hold many without one (Apple's {@code
 * X-APPLE-OMIT-YEAR}, vCard 4's {@code --0315}, Google's {@code --03-15}). Stored and exchanged as
 * {@code 1985-03-15}, or {@code --03-15} when the year is not known.
 */
public record Birthday(MonthDay monthDay, Integer year) {

  private static final Pattern ISO = Pattern.compile("^(\\d{4}|-)-(\\d{1,2})-(\\d{1,2})$");
  private static final Pattern WRITTEN =
      Pattern.compile("^(\\d{1,2})\\.?\\s+([\\p{L}]+)\\.?,?(?:\\s+(\\d{4}))?$");
  private static final Pattern WRITTEN_MONTH_FIRST =
      Pattern.compile("^([\\p{L}]+)\\.?\\s+(\\d{1,2}),?(?:\\s+(\\d{4}))?$");

  public Birthday {
    if (monthDay == null) {
      throw new IllegalArgumentException("A birthday needs a month and a day");
    }
    if (year != null) {
      monthDay.atYear(year);
    }
  }

  /**
   * A birthday as written: {@code 1985-03-15}, {@code --03-15}, {@code 15 March 1985}, {@code 15
   * March}, {@code March 15, 1985}. Empty when the text is not one.
   */
  public static Optional<Birthday> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String clean = text.strip();
    try {
      Matcher iso = ISO.matcher(clean);
      if (iso.matches()) {
        return Optional.of(
            of(
                iso.group(1).equals("-") ? null : Integer.valueOf(iso.group(1)),
                Integer.parseInt(iso.group(2)),
                Integer.parseInt(iso.group(3))));
      }
      Matcher written = WRITTEN.matcher(clean);
      if (written.matches()) {
        Month month = month(written.group(2));
        return month == null
            ? Optional.empty()
            : Optional.of(
                of(year(written.group(3)), month.getValue(), Integer.parseInt(written.group(1))));
      }
      Matcher monthFirst = WRITTEN_MONTH_FIRST.matcher(clean);
      if (monthFirst.matches()) {
        Month month = month(monthFirst.group(1));
        return month == null
            ? Optional.empty()
            : Optional.of(
                of(
                    year(monthFirst.group(3)),
                    month.getValue(),
                    Integer.parseInt(monthFirst.group(2))));
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Birthday of(Integer year, int month, int day) {
    return new Birthday(MonthDay.of(month, day), year);
  }

  private static Integer year(String text) {
    return text == null ? null : Integer.valueOf(text);
  }

  private static Month month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.length() < 3) {
      return null;
    }
    for (Month month : Month.values()) {
      if (month
          .getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          .toLowerCase(Locale.ROOT)
          .startsWith(key)) {
        return month;
      }
    }
    return null;
  }

  /** The full date, when the year is known. */
  public Optional<LocalDate> date() {
    return year == null ? Optional.empty() : Optional.of(monthDay.atYear(year));
  }

  /** "15 March 1985", or "15 March" without a year. */
  public String written() {
    String day =
        monthDay.getDayOfMonth()
            + " "
            + monthDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return year == null ? day : day + " " + year;
  }

  /** {@code 1985-03-15}, or {@code --03-15} without a year. */
  @Override
  public String toString() {
    return (year == null ? "-" : String.format(Locale.ROOT, "%04d", year))
        + String.format(
            Locale.ROOT, "-%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
  }
}

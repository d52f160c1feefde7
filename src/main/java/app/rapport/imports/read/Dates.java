package app.rapport.imports.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date spellings that contact files use. Month names are English: LinkedIn writes them so, and
 * with {@code Locale.UK} the JDK would expect "Sept" and refuse "Sep". Two-digit years follow
 * Excel's rule (00–29 are 2000–2029, 30–99 are 1930–1999), since Excel is what writes them. Slash
 * dates are ambiguous (4/5/21), so the caller says, per file, which part is the month.
 */
final class Dates {

  enum SlashOrder {
    MONTH_FIRST,
    DAY_FIRST
  }

  private static final LocalDate TWO_DIGIT_BASE = LocalDate.of(1930, 1, 1);

  private static final List<DateTimeFormatter> WRITTEN =
      List.of(
          formatter("d MMM uuuu"),
          formatter("d MMMM uuuu"),
          formatter("d-MMM-uuuu"),
          formatter("d-MMMM-uuuu"),
          twoDigitYear("d-MMM-"),
          twoDigitYear("d MMM "),
          formatter("MMM d, uuuu"),
          formatter("MMMM d, uuuu"),
          formatter("MMM d uuuu"),
          formatter("uuuu-M-d"),
          formatter("uuuu/M/d"),
          formatter("uuuuMMdd"),
          formatter("d.M.uuuu"));

  private static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
  private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b");
  private static final Pattern ABBREVIATION_DOT = Pattern.compile("(?i)\\b([a-z]{3,4})\\.");
  private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
  private static final Pattern ISO_TIME_SUFFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EMPTY_OUTLOOK = Pattern.compile("0?0([/.])0?0\\1(00|0000)");

  private Dates() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private static DateTimeFormatter twoDigitYear(String prefix) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(prefix)
        .appendValueReduced(ChronoField.YEAR, 2, 2, TWO_DIGIT_BASE)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The date, or null when the text is not a date written in a way these files use. */
  static LocalDate parse(String raw, SlashOrder order) {
    LocalDate linkedIn = dayMonthYear(raw);
    return linkedIn != null ? linkedIn : parseGenerally(raw, order);
  }

  /** {@link #parse} without the quick way for LinkedIn's spelling; tests compare the two. */
  static LocalDate parseGenerally(String raw, SlashOrder order) {
    String text = normalise(raw);
    if (text == null) {
      return null;
    }
    Matcher slash = SLASH.matcher(text);
    if (slash.matches()) {
      return fromSlash(slash, order);
    }
    Matcher withTime = ISO_TIME_SUFFIX.matcher(text);
    if (withTime.matches()) {
      text = withTime.group(1);
    }
    for (DateTimeFormatter formatter : WRITTEN) {
      try {
        return LocalDate.parse(text, formatter);
      } catch (DateTimeException e) {
        // Try the next spelling.
      }
    }
    return null;
  }

  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  /**
   * A date spelled as LinkedIn writes "Connected On" ({@code 02 Nov 2020}), read character by
   * character: an export holds up to 30,000 of them, and the general formatters below were half the
   * time of reading the file. Null for any other spelling, and for a day the month does not have;
   * {@link #parse} then tries the general way, which refuses it too.
   */
  static LocalDate dayMonthYear(String text) {
    if (text == null) {
      return null;
    }
    int length = text.length();
    int dayDigits = length == 11 ? 2 : length == 10 ? 1 : 0;
    if (dayDigits == 0 || text.charAt(dayDigits) != ' ' || text.charAt(dayDigits + 4) != ' ') {
      return null;
    }
    int day = app.rapport.platform.Text.digits(text, 0, dayDigits);
    int year = app.rapport.platform.Text.digits(text, dayDigits + 5, length);
    int month = month(text, dayDigits + 1);
    if (day < 0 || year < 0 || month < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The month (1 to 12) of the English three-letter name at {@code from}, in any case; else -1. */
  private static int month(String text, int from) {
    char[] name = new char[3];
    for (int i = 0; i < 3; i++) {
      char c = text.charAt(from + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c < 'a' || c > 'z') {
        return -1;
      }
      name[i] = c;
    }
    int at = MONTHS.indexOf(new String(name));
    return at >= 0 && at % 3 == 0 ? at / 3 + 1 : -1;
  }

  /** A birthday, with or without a year, or null when the text is not one. */
  static Birthday parseBirthday(String raw, SlashOrder order) {
    String text = normalise(raw);
    if (text == null) {
      return null;
    }
    Matcher noYear = NO_YEAR.matcher(text);
    if (noYear.matches()) {
      try {
        return Birthday.withoutYear(
            MonthDay.of(Integer.parseInt(noYear.group(1)), Integer.parseInt(noYear.group(2))));
      } catch (DateTimeException e) {
        return null;
      }
    }
    LocalDate date = parse(text, order);
    return date == null ? null : Birthday.of(date);
  }

  /** Whether the text is written as a slash date, whose day and month order is ambiguous. */
  static boolean isSlashDate(String raw) {
    String text = normalise(raw);
    return text != null && SLASH.matcher(text).matches();
  }

  /**
   * What a slash date says about the file's order: DAY_FIRST when its first part can only be a day
   * (13/4/21), MONTH_FIRST when its second part can only be a day (4/13/21), else null.
   */
  static SlashOrder evidence(String raw) {
    String text = normalise(raw);
    if (text == null) {
      return null;
    }
    Matcher slash = SLASH.matcher(text);
    if (!slash.matches()) {
      return null;
    }
    int first = Integer.parseInt(slash.group(1));
    int second = Integer.parseInt(slash.group(2));
    if (first > 12 && second <= 12) {
      return SlashOrder.DAY_FIRST;
    }
    if (second > 12 && first <= 12) {
      return SlashOrder.MONTH_FIRST;
    }
    return null;
  }

  private static LocalDate fromSlash(Matcher slash, SlashOrder order) {
    int first = Integer.parseInt(slash.group(1));
    int second = Integer.parseInt(slash.group(2));
    String yearText = slash.group(3);
    int year = Integer.parseInt(yearText);
    if (yearText.length() == 2) {
      year += year < 30 ? 2000 : 1900;
    }
    int month = order == SlashOrder.DAY_FIRST ? second : first;
    int day = order == SlashOrder.DAY_FIRST ? first : second;
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String normalise(String raw) {
    String text = Text.clean(raw);
    if (text == null || text.length() > 40) {
      return null;
    }
    text = SEPT.matcher(text).replaceAll("Sep");
    text = ABBREVIATION_DOT.matcher(text).replaceAll("$1");
    return SPACES.matcher(text).replaceAll(" ");
  }

  /** Outlook writes an empty date as 0/0/00, and in German as 0.0.00. */
  static boolean isEmptyOutlookDate(String raw) {
    String text = Text.clean(raw);
    return text != null && EMPTY_OUTLOOK.matcher(text).matches();
  }
}

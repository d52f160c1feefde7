package app.rapport.keepintouch.web;

import app.rapport.platform.InvalidInput;
import app.rapport.platform.PlausibleDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** "Snooze a week", "a month", or "until a date", read from a form or an API body. */
final class Snooze {

  private Snooze() {}

  static LocalDate until(String period, String date, LocalDate today) {
    if (date != null && !date.isBlank()) {
      LocalDate until;
      try {
        until = LocalDate.parse(date.trim());
      } catch (DateTimeParseException e) {
        throw InvalidInput.of("until", "Write the date as year-month-day, for example 2027-01-15.");
      }
      PlausibleDates.check("until", until);
      if (!until.isAfter(today)) {
        throw InvalidInput.of("until", "Choose a day after today.");
      }
      return until;
    }
    if (period == null) {
      throw InvalidInput.of("for", "Choose how long: a week, a month, or until a date.");
    }
    return switch (period.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "WEEK" -> today.plusWeeks(1);
      case "MONTH" -> today.plusMonths(1);
      default -> throw InvalidInput.of("for", "Choose WEEK, MONTH, or give a date in 'until'.");
    };
  }
}

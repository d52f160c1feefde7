package app.rapport.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates as people read them: written out, never numeric-only, with "how long ago" beside them. */
public final class Dates {

  private static final DateTimeFormatter WRITTEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private Dates() {}

  /** "Tuesday 1 December 2026". */
  public static String written(LocalDate date) {
    return date == null ? "" : WRITTEN.format(date);
  }

  /** "1 December 2026". */
  public static String shortWritten(LocalDate date) {
    return date == null ? "" : SHORT.format(date);
  }

  /** "December 2026". */
  public static String month(LocalDate date) {
    return date == null ? "" : MONTH.format(date);
  }

  /** "today", "yesterday", "3 days ago", "in 5 days", "2 months ago", "4 years ago". */
  public static String relative(LocalDate date, LocalDate today) {
    if (date == null) {
      return "";
    }
    long days = ChronoUnit.DAYS.between(date, today);
    if (days == 0) {
      return "today";
    }
    if (days == 1) {
      return "yesterday";
    }
    if (days == -1) {
      return "tomorrow";
    }
    String span = span(Math.abs(days));
    return days > 0 ? span + " ago" : "in " + span;
  }

  private static String span(long days) {
    if (days < 14) {
      return days + " days";
    }
    if (days < 60) {
      return (days / 7) + " weeks";
    }
    if (days < 730) {
      return (days / 30) + " months";
    }
    return (days / 365) + " years";
  }
}

package app.rapport.reminders;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.stereotype.Component;

/**
 * Writes the calendar feed with ical4j: all-day events (VEVENT, which every calendar app shows in a
 * subscription, where VTODO tasks are ignored), each ending the next day (DTEND is exclusive),
 * transparent to free/busy, with a stable UID so that a refresh moves an event instead of copying
 * it. The same events on the same day give the same bytes, so the ETag (their hash) only changes
 * when the content does.
 */
@Component
class CalendarWriter {

  static final String NAME = "Networking reminders";
  static final Duration REFRESH = Duration.ofHours(6);

  CalendarFeed write(List<CalendarEvent> events, Instant stamp) {
    Calendar calendar =
        new Calendar().withProdId("-//Rapport//Reminders 1.0//EN").withDefaults().getFluentTarget();
    calendar.add(new Name(NAME));
    calendar.add(new XProperty("X-WR-CALNAME", NAME));
    calendar.add(
        new XProperty(
            "X-WR-CALDESC", "Whom to reach out to and the follow-ups you promised, from Rapport"));
    calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
    calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
    for (CalendarEvent e : events) {
      VEvent event = new VEvent(e.date(), e.date().plusDays(1), e.summary());
      event.replace(new DtStamp(stamp));
      event.add(new Uid(e.uid()));
      if (e.description() != null) {
        event.add(new Description(e.description()));
      }
      if (e.url() != null) {
        event.add(new Url(URI.create(e.url())));
      }
      if (e.yearlyOn() != null) {
        event.add(new RRule<>(yearly(e.yearlyOn())));
      }
      event.add(new Transp("TRANSPARENT"));
      event.add(new Categories("Networking"));
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      // Validated as it is written; except when empty, which RFC 5545 frowns on (a calendar has at
      // least one component) but every calendar app reads as "nothing to show".
      new CalendarOutputter(!events.isEmpty()).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
    return new CalendarFeed(body, "\"" + HexFormat.of().formatHex(sha256(body), 0, 16) + "\"");
  }

  /** The leap day comes back on the last day of February: the 29th in leap years, else the 28th. */
  static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

  /**
   * Every year on the same day. RFC 5545 skips a yearly rule's days that do not exist, so a 29
   * February birthday would show once in four years; it is written as "the last day of February".
   */
  static String yearly(MonthDay day) {
    return day.equals(LEAP_DAY) ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY";
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package app.rapport.reminders.web;

import app.rapport.reminders.CalendarFeed;
import app.rapport.reminders.RemindersService;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The calendar subscription. The secret token in the address is the only credential: calendar apps
 * send no API token and no cookie. A wrong or replaced token answers 404, which says nothing about
 * whether the account exists.
 */
@Controller
class CalendarFeedController {

  static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");

  private final RemindersService reminders;

  CalendarFeedController(RemindersService reminders) {
    this.reminders = reminders;
  }

  @GetMapping("/calendar/{token}.ics")
  ResponseEntity<byte[]> feed(
      @PathVariable String token,
      @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
    Optional<CalendarFeed> feed = reminders.calendarFeed(token);
    if (feed.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .contentType(MediaType.TEXT_PLAIN)
          .body(
              "There is no calendar at this address. Settings in Rapport shows the current link.\n"
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    String etag = feed.get().etag();
    var response =
        ResponseEntity.status(matches(ifNoneMatch, etag) ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
            .eTag(etag)
            .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate());
    if (matches(ifNoneMatch, etag)) {
      return response.build();
    }
    return response
        .contentType(CALENDAR)
        .header("Content-Disposition", "inline; filename=\"rapport.ics\"")
        .body(feed.get().body());
  }

  /** Whether an If-None-Match header names this entity tag (weak or strong, or {@code *}). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::trim)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
  }
}

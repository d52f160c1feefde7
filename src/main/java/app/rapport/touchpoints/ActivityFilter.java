package app.rapport.touchpoints;

import app.rapport.model.Channel;
import app.rapport.platform.Text;
import java.time.LocalDate;

/** Which touchpoints the activity view shows: a date range, a channel, people with a tag. */
public record ActivityFilter(LocalDate from, LocalDate to, Channel channel, String tag) {

  public ActivityFilter {
    tag = Text.trimToNull(tag);
  }

  public static ActivityFilter all() {
    return new ActivityFilter(null, null, null, null);
  }
}

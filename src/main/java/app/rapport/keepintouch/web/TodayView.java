package app.rapport.keepintouch.web;

import app.rapport.keepintouch.TodayItem;
import app.rapport.keepintouch.TodayPlan;
import app.rapport.platform.db.Ids;
import app.rapport.platform.web.Dates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The plan as its template shows it, with the links each item needs. */
public record TodayView(TodayPlan plan) {

  public String id(TodayItem item) {
    return Ids.format(item.contactId());
  }

  public String personLink(TodayItem item) {
    return "/people/" + id(item);
  }

  /** "Done" opens the quick-log with the person and a summary filled in, coming back here. */
  public String logLink(TodayItem item) {
    String summary =
        switch (item.kind()) {
          case FOLLOW_UP -> "Followed up";
          case KEEP_IN_TOUCH -> "Caught up";
          case RECONNECT -> "Reconnected";
          case ASK -> "Asked for advice";
        };
    return "/touchpoints/new?contactId="
        + id(item)
        + "&returnTo=/today&summary="
        + URLEncoder.encode(summary, StandardCharsets.UTF_8);
  }

  public String followUpId(TodayItem item) {
    return item.followUpId() == null ? null : Ids.format(item.followUpId());
  }

  public String due(TodayItem item) {
    return item.dueOn() == null ? "" : Dates.relative(item.dueOn(), plan.today());
  }

  public String todayWritten() {
    return Dates.written(plan.today());
  }
}

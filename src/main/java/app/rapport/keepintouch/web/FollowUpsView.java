package app.rapport.keepintouch.web;

import app.rapport.keepintouch.FollowUp;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.Dates;
import java.time.LocalDate;

/** Open follow-ups, soonest first. */
public record FollowUpsView(PageResult<FollowUp> page, LocalDate today) {

  public String id(FollowUp f) {
    return Ids.format(f.id());
  }

  public String personLink(FollowUp f) {
    return "/people/" + Ids.format(f.contactId());
  }

  public String due(FollowUp f) {
    return Dates.shortWritten(f.dueOn()) + " (" + Dates.relative(f.dueOn(), today) + ")";
  }

  public boolean overdue(FollowUp f) {
    return f.dueOn().isBefore(today);
  }

  public String pageLink(int number) {
    return "/follow-ups?page=" + number;
  }
}

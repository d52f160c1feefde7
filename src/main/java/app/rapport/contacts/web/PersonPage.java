package app.rapport.contacts.web;

import app.rapport.introductions.web.PersonIntroductions;
import app.rapport.keepintouch.FollowUp;
import app.rapport.keepintouch.KeepInTouchStatus;
import app.rapport.keepintouch.TieScores;
import app.rapport.opportunities.web.PersonOpportunities;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.Dates;
import app.rapport.touchpoints.Touchpoint;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's page: who they are, where the user stands with them, what is promised, their
 * introductions and opportunities, and the timeline of touchpoints, newest first.
 */
public record PersonPage(
    ContactView person,
    KeepInTouchStatus status,
    TieScores scores,
    List<FollowUp> followUps,
    PageResult<Touchpoint> timeline,
    LocalDate today,
    PersonIntroductions introductions,
    PersonOpportunities opportunities) {

  public String id() {
    return person.id();
  }

  public String self() {
    return "/people/" + person.id();
  }

  public String logLink() {
    return "/touchpoints/new?contactId=" + id() + "&returnTo=" + self();
  }

  public String followUpId(FollowUp f) {
    return Ids.format(f.id());
  }

  public String written(LocalDate date) {
    return date == null ? "" : Dates.shortWritten(date) + " (" + Dates.relative(date, today) + ")";
  }

  public String timelinePage(int page) {
    return self() + "?page=" + page + "#touchpoints";
  }

  /** "every 30 days (about every month)"; null when the person keeps no rhythm. */
  public String rhythm() {
    if (status.rhythmDays() != null) {
      return "Your own rhythm with "
          + firstName()
          + ": about every "
          + status.rhythmDays()
          + " days.";
    }
    return status.cadenceDays() == null
        ? null
        : "Their tier suggests every " + status.cadenceDays() + " days.";
  }

  public String firstName() {
    return firstNameOf(person.contact().fullName());
  }

  static String firstNameOf(String name) {
    int space = name.indexOf(' ');
    return space > 0 ? name.substring(0, space) : name;
  }
}

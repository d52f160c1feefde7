package app.rapport.reminders;

import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.TodayItem;
import app.rapport.keepintouch.TodayPlan;
import app.rapport.platform.db.Ids;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The week's plan, each person with the reason they are in it: the heart of the weekly email. */
@Component
@Order(0)
class PlanSection implements DigestSectionSource {

  private final KeepInTouchService keepInTouch;

  PlanSection(KeepInTouchService keepInTouch) {
    this.keepInTouch = keepInTouch;
  }

  @Override
  public Optional<DigestSection> section(long account, LocalDate today) {
    TodayPlan plan = keepInTouch.today(account);
    if (plan.isEmpty()) {
      return Optional.of(
          new DigestSection(
              "This week's plan",
              "Nobody needs you this week: your promises are kept and your people are warm.",
              java.util.List.of(),
              "Open this week's plan",
              "/today"));
    }
    return Optional.of(
        new DigestSection(
            "This week's plan",
            plan.items().size() == 1
                ? "One person to reach out to this week, and why."
                : plan.items().size() + " people to reach out to this week, and why.",
            plan.items().stream().map(PlanSection::item).toList(),
            "Open this week's plan",
            "/today"));
  }

  private static DigestItem item(TodayItem i) {
    return new DigestItem(
        i.kind().label() + ": " + i.fullName(),
        i.reason(),
        i.opener(),
        "/people/" + Ids.format(i.contactId()));
  }
}

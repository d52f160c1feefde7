package app.rapport.health;

import app.rapport.platform.db.Ids;
import app.rapport.reminders.DigestItem;
import app.rapport.reminders.DigestSection;
import app.rapport.reminders.DigestSectionSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The weekly email's Ready-10: the score, how it moved since last week, and the first steps. */
@Component
@Order(10)
class ReadyTenDigestSection implements DigestSectionSource {

  private final HealthService health;

  ReadyTenDigestSection(HealthService health) {
    this.health = health;
  }

  @Override
  public Optional<DigestSection> section(long account, LocalDate today) {
    NetworkHealth now = health.networkHealth(account);
    if (now.score() == null) {
      return Optional.of(
          new DigestSection(
              "Your Ready-10",
              "Tell Rapport what you are looking for, and it will count the people who could help"
                  + " you right now.",
              List.of(),
              "Say what you are looking for",
              "/profile?returnTo=/ready-10"));
    }
    List<HealthSnapshot> trend = health.trend(account, 2);
    String change = "";
    if (trend.size() == 2 && trend.get(0).ready10() != null) {
      int before = trend.get(0).ready10();
      change =
          now.score() > before
              ? " (up from " + before + " last week)"
              : now.score() < before ? " (down from " + before + " last week)" : " (as last week)";
    }
    return Optional.of(
        new DigestSection(
            "Your Ready-10",
            now.score() + " out of 10 people could help you right now" + change + ".",
            now.plan().stream()
                .limit(3)
                .map(
                    step ->
                        new DigestItem(
                            step.text(),
                            null,
                            null,
                            step.contactId() == null
                                ? "/ready-10"
                                : "/people/" + Ids.format(step.contactId())))
                .toList(),
            "Open your Ready-10",
            "/ready-10"));
  }
}

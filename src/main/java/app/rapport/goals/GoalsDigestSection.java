package app.rapport.goals;

import app.rapport.reminders.DigestItem;
import app.rapport.reminders.DigestSection;
import app.rapport.reminders.DigestSectionSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The weekly email's goals: where each stands, and whether it keeps pace. */
@Component
@Order(20)
class GoalsDigestSection implements DigestSectionSource {

  private final GoalService goals;

  GoalsDigestSection(GoalService goals) {
    this.goals = goals;
  }

  @Override
  public Optional<DigestSection> section(long account, LocalDate today) {
    List<GoalView> current = goals.currentGoals(account);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DigestSection(
            "Your goals",
            "Measured from what you logged.",
            current.stream()
                .map(
                    g ->
                        new DigestItem(
                            g.label()
                                + ": "
                                + g.progress().currentText()
                                + " of "
                                + g.goal().target()
                                + " "
                                + g.unit(),
                            g.progress().onTrack() ? "On track." : "Behind the pace of the year.",
                            g.goal().plan(),
                            "/goals"))
                .toList(),
            "Open your goals",
            "/goals"));
  }
}

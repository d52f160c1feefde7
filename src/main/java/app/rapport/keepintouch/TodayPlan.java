package app.rapport.keepintouch;

import java.time.LocalDate;
import java.util.List;

/**
 * The week's plan: promises due first, then the people whose warmth is fading, one dormant tie to
 * revive (with an alternative), and one ask when the user is searching. {@code touchedThisWeek}
 * counts the people beyond the inner and close circles already contacted this week, which the
 * weekly budget counts against.
 */
public record TodayPlan(
    LocalDate today,
    List<TodayItem> items,
    int weeklyBudget,
    long touchedThisWeek,
    boolean activelySearching,
    String encouragement) {

  public List<TodayItem> ofKind(TodayItem.Kind kind) {
    return items.stream().filter(i -> i.kind() == kind).toList();
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }
}

package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeeklyBudgetTest {

  @Test
  void aWeekAsksForAFewTouchesAndOneReconnection() {
    assertThat(WeeklyBudget.of(DEFAULTS, false)).isEqualTo(new WeeklyBudget(3, 5, 4, 1, 0));
  }

  @Test
  void anAskIsAddedOnlyWhileSearching() {
    assertThat(WeeklyBudget.of(DEFAULTS, true).asks()).isEqualTo(1);
  }

  @Test
  void networkTiesAreKeptAboveFourTenthsAllYear() {
    assertThat(WeeklyBudget.keepWarmAllYear(DEFAULTS, Tier.NETWORK, 0.39)).isTrue();
    assertThat(WeeklyBudget.keepWarmAllYear(DEFAULTS, Tier.NETWORK, 0.40)).isFalse();
    assertThat(WeeklyBudget.keepWarmAllYear(DEFAULTS, Tier.ACTIVE, 0.10)).isFalse();
  }
}

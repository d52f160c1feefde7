package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalsTest {

  private final Goals goals = new Goals(DEFAULTS);

  private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2027, 1, 1);

  private DefaultGoal goal(GoalKind kind) {
    return goals.defaults().stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void thereIsOneDefaultGoalOfEachKind() {
    assertThat(goals.defaults()).extracting(DefaultGoal::kind).containsExactly(GoalKind.values());
  }

  @Test
  void theDefaultTargetsAreThoseOfScienceMdAndTheWeeklyBudget() {
    assertThat(goal(GoalKind.RECONNECT_DORMANT).target()).isEqualTo(52);
    assertThat(goal(GoalKind.TOUCHPOINTS).target()).isEqualTo(4 * 52);
    assertThat(goal(GoalKind.CHANNELS).target()).isEqualTo(90);
    assertThat(goal(GoalKind.READY10).target()).isEqualTo(10);
    assertThat(goal(GoalKind.MEET_NEW).target()).isEqualTo(12);
    assertThat(goal(GoalKind.INTRODUCTIONS_ASKED).target()).isEqualTo(12);
    assertThat(goal(GoalKind.INFO_INTERVIEWS).target()).isEqualTo(12);
  }

  @Test
  void everyGoalIsAnIfThenPlanWithItsSource() {
    assertThat(goal(GoalKind.RECONNECT_DORMANT).plan())
        .isEqualTo("Every Tuesday after my morning coffee, I reconnect with one dormant contact.");
    assertThat(goals.defaults())
        .allSatisfy(
            g -> {
              assertThat(g.plan()).as("a situation, then what I do").contains(", I ");
              assertThat(g.source()).contains("Gollwitzer & Sheeran 2006");
            });
  }

  @Test
  void aCountIsOnTrackWhenItKeepsPaceWithTheCalendar() {
    LocalDate midYear = LocalDate.of(2026, 7, 2); // 182 of 365 days gone: 52 × 182/365 = 25.9

    assertThat(Goals.expectedByNow(52, YEAR_START, YEAR_END, midYear))
        .isCloseTo(25.93, within(0.01));
    assertThat(goals.onTrack(goal(GoalKind.RECONNECT_DORMANT), 26, YEAR_START, YEAR_END, midYear))
        .isTrue();
    assertThat(goals.onTrack(goal(GoalKind.RECONNECT_DORMANT), 25, YEAR_START, YEAR_END, midYear))
        .isFalse();
  }

  @Test
  void nothingIsExpectedOnTheFirstDayAndEverythingAfterTheLast() {
    assertThat(Goals.onTrack(0, 52, YEAR_START, YEAR_END, YEAR_START)).isTrue();
    assertThat(Goals.onTrack(0, 52, YEAR_START, YEAR_END, YEAR_START.minusDays(5))).isTrue();
    assertThat(Goals.onTrack(51, 52, YEAR_START, YEAR_END, YEAR_END.plusDays(30))).isFalse();
    assertThat(Goals.onTrack(52, 52, YEAR_START, YEAR_END, YEAR_END)).isTrue();
  }

  @Test
  void aLevelIsOnTrackOnlyWhenHeldAtItsTarget() {
    LocalDate january = LocalDate.of(2026, 1, 10);

    assertThat(goals.onTrack(goal(GoalKind.READY10), 9, YEAR_START, YEAR_END, january)).isFalse();
    assertThat(goals.onTrack(goal(GoalKind.READY10), 10, YEAR_START, YEAR_END, january)).isTrue();
    assertThat(goals.onTrack(goal(GoalKind.CHANNELS), 85, YEAR_START, YEAR_END, january)).isFalse();
  }

  @Test
  void aPeriodMustEndAfterItStarts() {
    assertThatThrownBy(() -> Goals.onTrack(1, 2, YEAR_END, YEAR_START, YEAR_START))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

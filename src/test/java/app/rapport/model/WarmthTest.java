package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static app.rapport.model.ModelFixtures.TODAY;
import static app.rapport.model.ModelFixtures.aTie;
import static app.rapport.model.ModelFixtures.daysAgo;
import static app.rapport.model.Tier.ACQUAINTANCE;
import static app.rapport.model.Tier.ACTIVE;
import static app.rapport.model.Tier.CLOSE;
import static app.rapport.model.Tier.NETWORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WarmthTest {

  private final Warmth warmth = new Warmth(DEFAULTS);

  private static int cadence(Tier tier) {
    return DEFAULTS.cadenceDays(tier).orElseThrow();
  }

  @Nested
  class TheResearchNumbers {

    @ParameterizedTest
    @EnumSource(
        value = Tier.class,
        names = {"INNER", "CLOSE", "ACTIVE", "NETWORK"})
    void twoFourAndEightMissedCadencesLeaveWarmthAt063_040_016(Tier tier) {
      int c = cadence(tier);

      assertThat(warmth.warmth(tier, null, daysAgo(2L * c), TODAY)).isCloseTo(0.63, within(0.005));
      assertThat(warmth.warmth(tier, null, daysAgo(4L * c), TODAY)).isCloseTo(0.40, within(0.005));
      assertThat(warmth.warmth(tier, null, daysAgo(8L * c), TODAY)).isCloseTo(0.16, within(0.005));
    }

    @ParameterizedTest
    @EnumSource(
        value = Tier.class,
        names = {"INNER", "CLOSE", "ACTIVE", "NETWORK"})
    void warmthHalvesEveryThreeCadences(Tier tier) {
      int c = cadence(tier);

      assertThat(warmth.warmth(tier, null, TODAY, TODAY)).isEqualTo(1.0);
      assertThat(warmth.warmth(tier, null, daysAgo(3L * c), TODAY)).isCloseTo(0.5, within(1e-12));
      assertThat(warmth.warmth(tier, null, daysAgo(6L * c), TODAY)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void theCloseTierHalfLifeIsNinetyDays() {
      // Dunbar 2020: friendships weaken after "more than about three months".
      assertThat(warmth.warmth(CLOSE, null, daysAgo(90), TODAY)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void tierCadencesAreWeeklyMonthlyQuarterlyYearly() {
      assertThat(List.of(Tier.INNER, CLOSE, ACTIVE, NETWORK))
          .extracting(WarmthTest::cadence)
          .containsExactly(7, 30, 90, 365);
      assertThat(DEFAULTS.cadenceDays(ACQUAINTANCE)).isEmpty();
    }
  }

  @Nested
  class States {

    @ParameterizedTest
    @EnumSource(
        value = Tier.class,
        names = {"INNER", "CLOSE", "ACTIVE", "NETWORK"})
    void nudgeAtTwoMissedCadencesAtRiskAtFourGoingDormantAtEight(Tier tier) {
      int c = cadence(tier);

      assertThat(stateAfter(tier, 2L * c - 1)).isEqualTo(WarmthState.WARM);
      assertThat(stateAfter(tier, 2L * c)).isEqualTo(WarmthState.NUDGE);
      assertThat(stateAfter(tier, 4L * c - 1)).isEqualTo(WarmthState.NUDGE);
      assertThat(stateAfter(tier, 4L * c)).isEqualTo(WarmthState.AT_RISK);
      assertThat(stateAfter(tier, 8L * c - 1)).isEqualTo(WarmthState.AT_RISK);
      assertThat(stateAfter(tier, 8L * c)).isEqualTo(WarmthState.GOING_DORMANT);
    }

    @Test
    void missedCadencesCountWholeAndPartCadences() {
      assertThat(warmth.missedCadences(30, daysAgo(95), TODAY)).isCloseTo(95 / 30.0, within(1e-12));
      assertThat(warmth.stateAfterMissedCadences(95 / 30.0)).isEqualTo(WarmthState.NUDGE);
    }

    @Test
    void anAcquaintanceHasNoRhythmAndIsNeverNudged() {
      WarmthReading reading =
          warmth.read(aTie().inTier(ACQUAINTANCE).lastTwoWay(daysAgo(4000)).build(), TODAY);

      assertThat(reading.state()).isEqualTo(WarmthState.NO_RHYTHM);
      assertThat(reading.state().needsAttention()).isFalse();
      assertThat(reading.nextNudgeOn()).isEmpty();
      assertThat(reading.missedCadences()).isEmpty();
      assertThat(warmth.nextNudgeOn(daysAgo(4000), ACQUAINTANCE, 30, List.of())).isEmpty();
    }

    @Test
    void anAcquaintanceStillHasWarmthCoolingOnTheNetworkHalfLife() {
      WarmthReading reading =
          warmth.read(aTie().inTier(ACQUAINTANCE).lastTwoWay(daysAgo(3 * 365)).build(), TODAY);

      assertThat(reading.warmth()).isCloseTo(0.5, within(1e-12));
    }

    private WarmthState stateAfter(Tier tier, long days) {
      return warmth.read(aTie().inTier(tier).lastTwoWay(daysAgo(days)).build(), TODAY).state();
    }
  }

  @Nested
  class WhatCountsAsContact {

    @Test
    void aMessageLeftUnansweredDoesNotWarmTheTie() {
      WarmthReading reading =
          warmth.read(
              aTie().inTier(CLOSE).lastTwoWay(daysAgo(95)).wroteUnanswered(daysAgo(2)).build(),
              TODAY);

      assertThat(reading.countingFrom()).isEqualTo(daysAgo(95));
      assertThat(reading.daysSilent()).isEqualTo(95);
      assertThat(reading.state()).isEqualTo(WarmthState.NUDGE);
      assertThat(reading.reason().text()).contains("95 days");
    }

    @Test
    void withNoTwoWayContactWarmthCountsFromTheDayTheyBecameKnown() {
      WarmthReading justMet =
          warmth.read(aTie().inTier(CLOSE).knownSince(daysAgo(5)).build(), TODAY);
      WarmthReading importedLongAgo =
          warmth.read(
              aTie().inTier(CLOSE).knownSince(daysAgo(1000)).wroteUnanswered(daysAgo(3)).build(),
              TODAY);

      assertThat(justMet.everTwoWay()).isFalse();
      assertThat(justMet.state()).isEqualTo(WarmthState.WARM);
      assertThat(justMet.nextNudgeOn()).contains(daysAgo(5).plusDays(60));
      assertThat(importedLongAgo.state()).isEqualTo(WarmthState.GOING_DORMANT);
      assertThat(importedLongAgo.reason().text()).contains("since you met");
    }

    @Test
    void aTouchpointBeforeTheyBecameKnownIsBelieved() {
      // Added today without a meeting date, then a lunch five months ago is logged: the tie has
      // been quiet for five months, whatever knownSince says.
      TieHistory added = aTie().inTier(CLOSE).knownSince(TODAY).build();
      TieHistory withLunch = aTie().inTier(CLOSE).knownSince(TODAY).talked(daysAgo(150)).build();

      assertThat(warmth.read(added, TODAY).state()).isEqualTo(WarmthState.WARM);
      assertThat(warmth.read(withLunch, TODAY).state()).isEqualTo(WarmthState.AT_RISK);
    }

    @Test
    void interactionsDatedAfterTodayHaveNotHappenedYet() {
      WarmthReading reading =
          warmth.read(
              aTie().inTier(CLOSE).lastTwoWay(daysAgo(95)).talked(TODAY.plusDays(3)).build(),
              TODAY);

      assertThat(reading.countingFrom()).isEqualTo(daysAgo(95));
    }

    @Test
    void aPersonalCadenceReplacesTheTiersForWarmthAndNudges() {
      WarmthReading reading =
          warmth.read(aTie().inTier(NETWORK).everyDays(14).lastTwoWay(daysAgo(28)).build(), TODAY);

      assertThat(reading.warmth()).isCloseTo(0.63, within(0.005));
      assertThat(reading.state()).isEqualTo(WarmthState.NUDGE);
      assertThat(reading.nextNudgeOn()).contains(daysAgo(28).plusDays(28));
    }
  }

  @Nested
  class OwnRhythm {

    @Test
    void theRhythmIsTheMedianGapCountingEachDayOnce() {
      LocalDate start = LocalDate.of(2026, 1, 1);

      assertThat(warmth.rhythmDays(List.of(start, start.plusDays(10), start.plusDays(20))))
          .hasValue(10);
      assertThat(
              warmth.rhythmDays(
                  List.of(start, start.plusDays(10), start.plusDays(30), start.plusDays(30))))
          .as("two gaps, 10 and 20: the same-day note does not make a gap of 0")
          .hasValue(15);
      assertThat(
              warmth.rhythmDays(
                  List.of(start.plusDays(50), start, start.plusDays(10), start.plusDays(20))))
          .as("gaps 10, 10, 30 in any order")
          .hasValue(10);
    }

    @Test
    void fewerThanThreeInteractionsGiveNoRhythm() {
      LocalDate start = LocalDate.of(2026, 1, 1);

      assertThat(warmth.rhythmDays(List.of(start, start.plusDays(5)))).isEmpty();
      assertThat(warmth.rhythmDays(List.of(start, start, start.plusDays(5)))).isEmpty();
    }

    @Test
    void withoutARhythmTheNudgeComesAfterTwoCadences() {
      assertThat(warmth.nextNudgeOn(daysAgo(10), CLOSE, null, List.of(daysAgo(10))))
          .contains(daysAgo(10).plusDays(60));
    }

    @Test
    void aFasterRhythmBringsTheNudgeEarlier() {
      List<LocalDate> everyTenDays = List.of(daysAgo(30), daysAgo(20), daysAgo(10));

      assertThat(warmth.nextNudgeOn(daysAgo(10), CLOSE, null, everyTenDays))
          .contains(daysAgo(10).plusDays(20));
    }

    @Test
    void aSlowerRhythmNeverPutsTheNudgeLaterThanTheTiers() {
      List<LocalDate> everyHundredDays = List.of(daysAgo(200), daysAgo(100), daysAgo(0));

      assertThat(warmth.nextNudgeOn(TODAY, CLOSE, null, everyHundredDays))
          .contains(TODAY.plusDays(60));
    }

    @Test
    void aFractionalRhythmNudgesOnTheFirstWholeDayPastIt() {
      // gaps 7 and 8: median 7.5, nudge after 15 days
      List<LocalDate> days = List.of(daysAgo(15), daysAgo(8), daysAgo(0));

      assertThat(warmth.nextNudgeOn(TODAY, CLOSE, null, days)).contains(TODAY.plusDays(15));
    }

    @Test
    void aTieGoesDormantAfterEightOfItsOwnGaps() {
      // Talked every 10 days, then silence: at risk at 40 days, going dormant at 80 (Navarro 2017)
      LocalDate last = daysAgo(80);
      List<LocalDate> days = List.of(last.minusDays(20), last.minusDays(10), last);

      assertThat(warmth.state(last, CLOSE, null, days, TODAY.minusDays(1)))
          .isEqualTo(WarmthState.AT_RISK);
      assertThat(warmth.state(last, CLOSE, null, days, TODAY)).isEqualTo(WarmthState.GOING_DORMANT);
      assertThat(warmth.state(last, CLOSE, null, days, last.plusDays(19)))
          .isEqualTo(WarmthState.WARM);
      assertThat(warmth.state(last, CLOSE, null, days, last.plusDays(20)))
          .isEqualTo(WarmthState.NUDGE);
    }

    @Test
    void theReadingUsesTheRhythmFromAllLoggedInteractions() {
      WarmthReading reading =
          warmth.read(
              aTie()
                  .inTier(ACTIVE)
                  .talked(daysAgo(61), daysAgo(41))
                  .wroteUnanswered(daysAgo(21))
                  .build(),
              TODAY);

      assertThat(reading.rhythmDays()).hasValue(20);
      assertThat(reading.countingFrom()).isEqualTo(daysAgo(41));
      assertThat(reading.nextNudgeOn()).isEqualTo(Optional.of(daysAgo(41).plusDays(40)));
      assertThat(reading.state()).isEqualTo(WarmthState.NUDGE);
      assertThat(reading.reason().text()).contains("usually talk every 20 days");
    }
  }
}

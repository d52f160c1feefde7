package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconnectTest {

  private final Reconnect reconnect = new Reconnect(DEFAULTS);

  private static final List<ContactChannel> TWO_CHANNELS =
      List.of(ContactChannel.personalEmail(), ContactChannel.linkedIn());

  /** A dormant former colleague; the lower pastTimeTogether, the higher the priority. */
  private static ReconnectCandidate dormant(long id, double pastTimeTogether) {
    return new ReconnectCandidate(
        id,
        new Relevance(true, false, false),
        pastTimeTogether,
        0,
        0.2,
        0.5,
        TWO_CHANNELS,
        0.1,
        false);
  }

  /** Fifteen candidates whose priority falls with their id. */
  private static List<ReconnectCandidate> fifteen() {
    List<ReconnectCandidate> candidates = new ArrayList<>();
    for (long id = 15; id >= 1; id--) {
      candidates.add(dormant(id, id / 20.0));
    }
    return candidates;
  }

  @Test
  void priorityMultipliesRelevanceNoveltyTrustReachabilityAndColdness() {
    // Relevance 0.5 + 0.3 = 0.8; Novelty 0.5 × (1 − 0.2) + 0.5 × 1 = 0.9;
    // max(Trust 0.2, L 0.6) = 0.6; Reachability 1.1 (two channels); 1 − W = 0.9
    // 0.8 × 0.9 × 0.6 × 1.1 × 0.9 = 0.42768
    ReconnectCandidate senior =
        new ReconnectCandidate(
            1, new Relevance(true, true, false), 0.2, 1, 0.2, 0.6, TWO_CHANNELS, 0.1, false);

    assertThat(reconnect.priority(senior, true)).isCloseTo(0.42768, within(1e-12));
    assertThat(reconnect.rank(List.of(senior), true).get(0).reasons())
        .extracting(Reason::code)
        .containsExactly("HIGHER_STATUS", "LITTLE_TIME_TOGETHER", "FORMER_STRONG_TIE", "IN_TARGET");
  }

  @Test
  void withoutATargetRelevanceIsLeftOutOfTheProduct() {
    ReconnectCandidate c = dormant(1, 0.2);
    // Novelty 0.4, trust 0.5, reachability 1.1, coldness 0.9 = 0.198; with relevance 0.5: 0.099
    assertThat(reconnect.priority(c, false)).isCloseTo(0.198, within(1e-12));
    assertThat(reconnect.priority(c, true)).isCloseTo(0.099, within(1e-12));
  }

  @Test
  void noveltyRewardsLittlePastTimeAndHigherStatus() {
    assertThat(reconnect.novelty(0, 1)).isEqualTo(1.0);
    assertThat(reconnect.novelty(1, 0)).isEqualTo(0.0);
    assertThat(reconnect.novelty(0.5, 0.5)).isEqualTo(0.5);
    assertThat(reconnect.pastTimeTogether(100)).isEqualTo(0.5);
    assertThat(reconnect.pastTimeTogether(400)).isEqualTo(1.0);
  }

  @Test
  void warmUnreachableAndDoNotContactPeopleAreNotSuggested() {
    ReconnectCandidate warm =
        new ReconnectCandidate(
            1, new Relevance(true, false, false), 0.2, 0, 0.5, 0.5, TWO_CHANNELS, 1.0, false);
    ReconnectCandidate unreachable =
        new ReconnectCandidate(
            2,
            new Relevance(true, false, false),
            0.2,
            0,
            0.5,
            0.5,
            List.of(ContactChannel.workEmail(false)),
            0.1,
            false);
    ReconnectCandidate endedBadly =
        new ReconnectCandidate(
            3, new Relevance(true, false, false), 0.2, 0, 0.5, 0.5, TWO_CHANNELS, 0.1, true);

    assertThat(reconnect.rank(List.of(warm, unreachable, endedBadly, dormant(4, 0.5)), true))
        .extracting(RankedReconnect::personId)
        .containsExactly(4L);
    assertThat(reconnect.priority(endedBadly, true)).isZero();
  }

  @Test
  void theRankingPutsTheHighestPriorityFirstAndBreaksTiesById() {
    List<RankedReconnect> ranking =
        reconnect.rank(List.of(dormant(7, 0.5), dormant(3, 0.1), dormant(5, 0.5)), true);

    assertThat(ranking).extracting(RankedReconnect::personId).containsExactly(3L, 5L, 7L);
    assertThat(ranking).extracting(RankedReconnect::rank).containsExactly(1, 2, 3);
  }

  @Test
  void theTopPickIsRankOne() {
    ReconnectPicks picks = reconnect.pick(fifteen(), true, 42);

    assertThat(picks.topPick()).map(RankedReconnect::personId).hasValue(1L);
    assertThat(picks.drawnBecause().code()).isEqualTo("COMFORT_BIAS");
  }

  @Test
  void theDrawIsStableForASeed() {
    long seed = 8_070_450_532_247_928_832L ^ LocalDate.of(2026, 11, 26).toEpochDay();

    ReconnectPicks first = reconnect.pick(fifteen(), true, seed);
    ReconnectPicks again = reconnect.pick(fifteen(), true, seed);

    assertThat(again.drawnPick()).isEqualTo(first.drawnPick());
  }

  @Test
  void theSecondPickAlwaysComesFromRanksTwoToTenAndReachesEachOfThem() {
    Set<Integer> drawnRanks = new HashSet<>();
    for (long day = 0; day < 500; day++) {
      long seed = 123_456_789L ^ LocalDate.of(2026, 1, 1).plusDays(day).toEpochDay();
      RankedReconnect drawn = reconnect.pick(fifteen(), true, seed).drawnPick().orElseThrow();
      assertThat(drawn.rank()).isBetween(2, 10);
      drawnRanks.add(drawn.rank());
    }

    assertThat(drawnRanks).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void withFewCandidatesTheDrawComesFromThoseThereAre() {
    assertThat(reconnect.pick(List.of(dormant(1, 0.1)), true, 1).drawnPick()).isEmpty();
    assertThat(reconnect.pick(List.of(), true, 1).topPick()).isEmpty();
    for (long seed = 0; seed < 50; seed++) {
      assertThat(
              reconnect
                  .pick(List.of(dormant(1, 0.1), dormant(2, 0.2), dormant(3, 0.3)), true, seed)
                  .drawnPick()
                  .orElseThrow()
                  .rank())
          .isBetween(2, 3);
    }
  }
}

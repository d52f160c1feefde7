package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of closeness, door-opening, the Ready-10 and the reconnection pick. */
class ScoreProperties {

  private final Closeness closeness = new Closeness(DEFAULTS);
  private final DoorOpening door = new DoorOpening(DEFAULTS);
  private final Ready10 ready = new Ready10(DEFAULTS);
  private final Reconnect reconnect = new Reconnect(DEFAULTS);

  @Property
  void closenessStaysBetweenZeroAndOne(@ForAll("closenessInputs") ClosenessInputs inputs) {
    ClosenessScore s = closeness.score(inputs);

    assertThat(s.score()).isBetween(0.0, 1.0);
    assertThat(
            List.of(
                s.components().intimacy(),
                s.components().intensity(),
                s.components().duration(),
                s.components().reciprocity(),
                s.components().multiplexity()))
        .allSatisfy(component -> assertThat(component).isBetween(0.0, 1.0));
  }

  @Property
  void theBridgeStaysBetweenItsFloorAndItsPeak(@ForAll @IntRange(min = 0, max = 100_000) int m) {
    assertThat(door.bridge(m)).isBetween(0.2, 1.0 + 1e-12);
  }

  @Property
  void theReadyTenScoreIsBetweenZeroAndTenWithAtMostThreeFromTheInnerCircle(
      @ForAll("candidates") List<Ready10Candidate> candidates) {
    Ready10Result result = ready.assess(candidates, true, false);

    int score = result.score().orElseThrow();
    assertThat(score).isBetween(0, 10);
    assertThat(result.counted()).hasSize(score);
    long inner =
        result.counted().stream()
            .filter(a -> tierOf(candidates, a.personId()).isInnerCircle())
            .count();
    assertThat(inner).isLessThanOrEqualTo(3);
    assertThat(result.counted()).allSatisfy(a -> assertThat(a.qualifies()).isTrue());
    assertThat(result.nearMisses())
        .allSatisfy(a -> assertThat(a.missing()).isNotEmpty().hasSizeLessThanOrEqualTo(2));
    assertThat(result.activated()).isBetween(0, score);
  }

  @Property
  void withoutATargetThereIsNeverAScore(@ForAll("candidates") List<Ready10Candidate> candidates) {
    Ready10Result result = ready.assess(candidates, false, true);

    assertThat(result.score()).isEmpty();
    assertThat(result.everyone()).noneMatch(Ready10Assessment::qualifies);
  }

  @Property
  void theSecondReconnectPickAlwaysComesFromRanksTwoToTen(
      @ForAll("reconnectCandidates") @Size(min = 2, max = 40) List<ReconnectCandidate> candidates,
      @ForAll long seed) {
    ReconnectPicks picks = reconnect.pick(candidates, true, seed);

    picks
        .drawnPick()
        .ifPresent(
            drawn -> assertThat(drawn.rank()).isBetween(2, Math.min(10, picks.ranking().size())));
    assertThat(reconnect.pick(candidates, true, seed).drawnPick()).isEqualTo(picks.drawnPick());
  }

  private static Tier tierOf(List<Ready10Candidate> candidates, long personId) {
    return candidates.stream()
        .filter(c -> c.personId() == personId)
        .findFirst()
        .orElseThrow()
        .tier();
  }

  @Provide
  Arbitrary<ClosenessInputs> closenessInputs() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 5).injectNull(0.3),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.doubles().between(0, 80),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 5000).injectNull(0.3),
            Arbitraries.integers().between(0, 12))
        .as(ClosenessInputs::new);
  }

  /** People with distinct ids, a good share of them qualifying and in the inner circle. */
  @Provide
  Arbitrary<List<Ready10Candidate>> candidates() {
    Arbitrary<List<ContactChannel>> channels =
        Arbitraries.of(
            List.of(),
            List.of(ContactChannel.personalEmail()),
            List.of(ContactChannel.workEmail(true)),
            List.of(ContactChannel.workEmail(false)),
            List.of(ContactChannel.workEmail(false), ContactChannel.phone()));
    Arbitrary<Relevance> relevance =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(Relevance::new);
    Arbitrary<double[]> scores =
        Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(3);
    Arbitrary<Ready10Candidate> candidate =
        Combinators.combine(
                relevance,
                scores,
                Arbitraries.doubles().between(0, 30),
                channels,
                Arbitraries.of(Tier.class),
                Arbitraries.integers().between(0, 31))
            .as(
                (r, s, years, ch, tier, flags) ->
                    new Ready10Candidate(
                        0,
                        r,
                        s[0],
                        s[1],
                        s[2],
                        years,
                        ch,
                        tier,
                        (flags & 1) != 0,
                        (flags & 2) != 0,
                        (flags & 4) != 0,
                        (flags & 24) == 24));
    return candidate
        .list()
        .ofMaxSize(40)
        .map(
            list -> {
              List<Ready10Candidate> withIds = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                Ready10Candidate c = list.get(i);
                withIds.add(
                    new Ready10Candidate(
                        i + 1,
                        c.relevance(),
                        c.closeness(),
                        c.latentTrust(),
                        c.warmth(),
                        c.yearsSinceContact(),
                        c.channels(),
                        c.tier(),
                        c.knowsMyGoal(),
                        c.alreadyInNewField(),
                        c.reactivatedDormant(),
                        c.doNotContact()));
              }
              return withIds;
            });
  }

  @Provide
  Arbitrary<List<ReconnectCandidate>> reconnectCandidates() {
    Arbitrary<ReconnectCandidate> candidate =
        Combinators.combine(
                Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 0.99))
            .as(
                (id, pastTime, status, trust, latent, w) ->
                    new ReconnectCandidate(
                        id,
                        new Relevance(true, false, false),
                        pastTime,
                        status,
                        trust,
                        latent,
                        List.of(ContactChannel.phone()),
                        w,
                        false));
    return candidate.list();
  }

  @Property
  void doorOpeningStaysBetweenZeroAndOnePointOne(
      @ForAll @IntRange(min = 0, max = 200) int mutuals,
      @ForAll @DoubleRange(min = 0, max = 1) double closeness,
      @ForAll @DoubleRange(min = 0, max = 1) double latentTrust,
      @ForAll boolean lessDigital) {
    DoorOpeningInputs inputs =
        new DoorOpeningInputs(
            mutuals,
            0,
            0,
            closeness,
            latentTrust,
            new Relevance(true, true, true),
            List.of(ContactChannel.personalEmail(), ContactChannel.phone()),
            lessDigital);

    assertThat(door.score(inputs).score()).isBetween(0.0, 1.1 + 1e-12);
  }
}

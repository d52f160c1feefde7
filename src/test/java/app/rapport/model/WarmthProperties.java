package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static app.rapport.model.ModelFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

/** Invariants of warmth and latent trust, over generated histories. */
class WarmthProperties {

  private final Warmth warmth = new Warmth(DEFAULTS);
  private final LatentTrust latentTrust = new LatentTrust(DEFAULTS);

  @Property
  void warmthStaysBetweenZeroAndOne(@ForAll("histories") TieHistory history) {
    double w = warmth.read(history, TODAY).warmth();

    assertThat(w).isBetween(0.0, 1.0);
  }

  @Property
  void warmthNeverRisesAsDaysPassWithoutANewTouchpoint(
      @ForAll("histories") TieHistory history, @ForAll @IntRange(min = 1, max = 5000) int days) {
    // Interactions all lie on or before TODAY, so none is "new" on the later day.
    double now = warmth.read(history, TODAY).warmth();
    double later = warmth.read(history, TODAY.plusDays(days)).warmth();

    assertThat(later).isLessThanOrEqualTo(now);
  }

  @Property
  void theStateNeverImprovesAsDaysPassWithoutANewTouchpoint(
      @ForAll("histories") TieHistory history, @ForAll @IntRange(min = 1, max = 5000) int days) {
    WarmthState now = warmth.read(history, TODAY).state();
    WarmthState later = warmth.read(history, TODAY.plusDays(days)).state();

    assertThat(later.ordinal()).isGreaterThanOrEqualTo(now.ordinal());
  }

  /**
   * The touchpoint falls between the day the person became known and today. One dated before {@code
   * knownSince} contradicts it, and the model then believes the touchpoint: see {@code
   * WarmthTest.aTouchpointBeforeTheyBecameKnownIsBelieved}.
   */
  @Property
  void aNewTwoWayTouchpointNeverLowersWarmth(
      @ForAll("histories") TieHistory history,
      @ForAll @DoubleRange(min = 0, max = 1) double whenSinceKnown,
      @ForAll("twoWay") Direction direction) {
    long known = ChronoUnit.DAYS.between(history.knownSince(), TODAY);
    LocalDate on = history.knownSince().plusDays(Math.round(whenSinceKnown * known));
    List<Interaction> more = new ArrayList<>(history.interactions());
    more.add(new Interaction(on, Channel.VIDEO, direction));
    TieHistory after =
        new TieHistory(history.tier(), history.cadenceOverrideDays(), history.knownSince(), more);

    assertThat(warmth.read(after, TODAY).warmth())
        .isGreaterThanOrEqualTo(warmth.read(history, TODAY).warmth());
  }

  @Property
  void latentTrustNeverFallsBelowHalfItsStartNorRisesAboveIt(
      @ForAll @DoubleRange(min = 0, max = 1) double start,
      @ForAll @DoubleRange(min = 0, max = 200) double years) {
    double l = latentTrust.of(start, years);

    assertThat(l).isBetween(0.5 * start, start);
  }

  @Property
  void latentTrustNeverRisesWithTime(
      @ForAll @DoubleRange(min = 0, max = 1) double start,
      @ForAll @DoubleRange(min = 0, max = 100) double years,
      @ForAll @DoubleRange(min = 0, max = 100) double more) {
    assertThat(latentTrust.of(start, years + more))
        .isLessThanOrEqualTo(latentTrust.of(start, years));
  }

  @Provide
  Arbitrary<Direction> twoWay() {
    return Arbitraries.of(Direction.INBOUND, Direction.MUTUAL);
  }

  /**
   * The days of silence until a state, read from the thresholds, are the first day {@link
   * Warmth#state} reports that state or a later one, as a day-by-day walk finds it.
   */
  @Property
  void silenceUntilAStateIsTheFirstDayTheStateIsReached(
      @ForAll("histories") TieHistory history, @ForAll("wantedStates") WarmthState wanted) {
    java.util.OptionalInt cadence =
        warmth.cadenceDays(history.tier(), history.cadenceOverrideDays());
    if (history.tier() == Tier.ACQUAINTANCE || cadence.isEmpty()) {
      return; // an acquaintance has no rhythm to keep, whatever its cadence: never at risk
    }
    WarmthReading reading = warmth.read(history, TODAY);
    List<LocalDate> dates = history.interactions().stream().map(Interaction::on).toList();
    LocalDate from = reading.countingFrom();
    long first = 0;
    while (warmth
            .state(from, history.tier(), history.cadenceOverrideDays(), dates, from.plusDays(first))
            .compareTo(wanted)
        < 0) {
      first++;
    }

    assertThat(warmth.silenceUntil(wanted, cadence.getAsInt(), reading.rhythmDays()))
        .isEqualTo(first);
  }

  @Provide
  Arbitrary<WarmthState> wantedStates() {
    return Arbitraries.of(WarmthState.NUDGE, WarmthState.AT_RISK, WarmthState.GOING_DORMANT);
  }

  @Provide
  Arbitrary<TieHistory> histories() {
    Arbitrary<Interaction> interaction =
        Combinators.combine(
                Arbitraries.integers().between(0, 4000),
                Arbitraries.of(Channel.class),
                Arbitraries.of(Direction.class))
            .as(
                (daysAgo, channel, direction) ->
                    new Interaction(TODAY.minusDays(daysAgo), channel, direction));
    return Combinators.combine(
            Arbitraries.of(Tier.class),
            Arbitraries.integers().between(1, 400).injectNull(0.7),
            Arbitraries.integers().between(0, 6000),
            interaction.list().ofMaxSize(12))
        .as(
            (tier, cadence, knownDaysAgo, interactions) ->
                new TieHistory(tier, cadence, TODAY.minusDays(knownDaysAgo), interactions));
  }
}

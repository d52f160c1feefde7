package app.rapport.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Whom to reconnect with first (§9.7):
 *
 * <pre>
 * ReconnectPriority = Relevance × Novelty × max(Trust, L) × Reachability × (1 − W)
 * Novelty           = 0.5 × (1 − pastTimeTogether) + 0.5 × statusAboveUser
 * </pre>
 *
 * The most valuable reconnections offer novelty (little past time together, higher status) and
 * engagement (trust), yet people pick old close buddies to avoid the anxiety of reaching out
 * (Walter, Levin &amp; Murnighan 2015). To correct that comfort bias each batch shows the top pick
 * plus one drawn at random from the next nine, the study's own design.
 *
 * <p>When the user has named no target, relevance cannot be judged; it is then left out of the
 * product (a factor of 1) rather than set to zero, which would rank everyone equal.
 */
public final class Reconnect {

  private final ModelParameters parameters;
  private final DoorOpening doorOpening;

  public Reconnect(ModelParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.doorOpening = new DoorOpening(parameters);
  }

  /**
   * Past time together on a 0..1 scale from hours spent together: more than about 200 hours make a
   * close friend (Hall 2019).
   */
  public double pastTimeTogether(double hours) {
    if (!(hours >= 0)) {
      throw new IllegalArgumentException("hours must not be negative");
    }
    return Math.min(1, hours / parameters.pastTimeSaturationHours());
  }

  /** Novelty in [0, 1]: little past time together and higher status (Walter et al. 2015). */
  public double novelty(double pastTimeTogether, double statusAboveUser) {
    return parameters.noveltyPastTimeWeight() * (1 - pastTimeTogether)
        + parameters.noveltyStatusWeight() * statusAboveUser;
  }

  /** The candidate's priority, 0 for someone who should not be suggested. */
  public double priority(ReconnectCandidate candidate, boolean userHasTarget) {
    return candidate.doNotContact() ? 0 : factors(candidate, userHasTarget).priority();
  }

  /** Every candidate worth reconnecting with, highest priority first, then lowest person id. */
  public List<RankedReconnect> rank(List<ReconnectCandidate> candidates, boolean userHasTarget) {
    List<Factors> scored = new ArrayList<>();
    for (ReconnectCandidate candidate : candidates) {
      if (candidate.doNotContact()) {
        continue;
      }
      Factors factors = factors(candidate, userHasTarget);
      if (factors.priority() > 0) {
        scored.add(factors);
      }
    }
    scored.sort(
        Comparator.comparingLong((Factors f) -> Ranking.descending(f.priority()))
            .thenComparingLong(f -> f.candidate().personId()));
    List<RankedReconnect> ranking = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Factors f = scored.get(i);
      ranking.add(
          new RankedReconnect(
              f.candidate().personId(),
              i + 1,
              f.priority(),
              f.relevance(),
              f.novelty(),
              f.trust(),
              f.reachability(),
              f.coldness(),
              reasons(f, userHasTarget)));
    }
    return ranking;
  }

  /**
   * The top pick plus one drawn from ranks 2 to 10. The draw depends only on {@code seed}, so the
   * app can keep a batch stable through the day by passing, for example, {@code accountId ^
   * today.toEpochDay()}.
   */
  public ReconnectPicks pick(
      List<ReconnectCandidate> candidates, boolean userHasTarget, long seed) {
    List<RankedReconnect> ranking = rank(candidates, userHasTarget);
    Optional<RankedReconnect> top = ranking.stream().findFirst();
    Optional<RankedReconnect> drawn = Optional.empty();
    int window = Math.min(parameters.reconnectComfortWindow(), ranking.size() - 1);
    if (window > 0) {
      drawn = Optional.of(ranking.get(1 + new Random(mix(seed)).nextInt(window)));
    }
    return new ReconnectPicks(
        ranking,
        top,
        drawn,
        new Reason(
            "COMFORT_BIAS",
            "Picked at random from your next "
                + parameters.reconnectComfortWindow()
                + ": people tend to choose old close friends, who have less that is new to"
                + " tell."));
  }

  /**
   * Spreads nearby seeds (one account on consecutive days) across the generator's state. {@link
   * Random}'s algorithm is fixed by its specification, so a seed gives the same draw on every JVM.
   * The finaliser is SplitMix64's (Steele, Lea &amp; Flood 2014).
   */
  static long mix(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private record Factors(
      ReconnectCandidate candidate,
      double relevance,
      double novelty,
      double trust,
      double reachability,
      double coldness) {
    double priority() {
      return relevance * novelty * trust * reachability * coldness;
    }
  }

  private Factors factors(ReconnectCandidate c, boolean userHasTarget) {
    return new Factors(
        c,
        userHasTarget ? c.relevance().score(parameters) : 1,
        novelty(c.pastTimeTogether(), c.statusAboveUser()),
        Math.max(c.trust(), c.latentTrust()),
        doorOpening.reachability(c.channels()),
        1 - c.warmth());
  }

  private List<Reason> reasons(Factors f, boolean userHasTarget) {
    ReconnectCandidate c = f.candidate();
    List<Reason> reasons = new ArrayList<>();
    if (c.statusAboveUser() >= 0.5) {
      reasons.add(
          new Reason(
              "HIGHER_STATUS",
              "More senior than you: such reconnections tend to bring the most new information."));
    }
    if (c.pastTimeTogether() <= 0.3) {
      reasons.add(
          new Reason(
              "LITTLE_TIME_TOGETHER",
              "You spent little time together, so they are more likely to know what you do not."));
    }
    if (c.latentTrust() > c.trust() && c.latentTrust() >= parameters.readyWillingnessMin()) {
      reasons.add(new Reason("FORMER_STRONG_TIE", "Once close: trust survives years of silence."));
    }
    if (userHasTarget && c.relevance().inTargetFieldOrCompany()) {
      reasons.add(new Reason("IN_TARGET", "Works in your target field or company."));
    }
    if (userHasTarget && c.relevance().canHireOrRefer()) {
      reasons.add(new Reason("CAN_HIRE_OR_REFER", "Can hire, refer or introduce you."));
    }
    return reasons;
  }
}

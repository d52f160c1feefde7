package app.rapport.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Warmth, the activation of a tie, and when to nudge (§9.3a and §9.3b of {@code
 * reference/science.md}).
 *
 * <p>The literature gives no calendar decay rate, so warmth is a calibration: {@code W = 2^(−days
 * since the last two-way contact / H)} with {@code H = 3 × cadence}. Two missed cadences leave W ≈
 * 0.63 (nudge), four ≈ 0.40 (at risk), eight ≈ 0.16 (going dormant, Navarro et al. 2017). Only
 * two-way contact counts: a message left unanswered does not warm a tie.
 *
 * <p>A person's own rhythm, once at least three interactions are logged, can only bring a flag
 * <em>earlier</em>: with g the median gap between interactions, the nudge falls due after {@code
 * min(2g, 2 × cadence)} and the tie is "going dormant" after {@code min(8g, 8 × cadence)}.
 * science.md writes {@code min(2g, cadence_tier)}; we read the tier term as the tier's own nudge
 * point (two missed cadences), because otherwise a person with a faster rhythm than the tier would
 * be nudged after one cadence, earlier than the tier rule itself, and a person with no rhythm yet
 * would be nudged later than one with a slow rhythm. "At risk" follows the same pattern with four
 * gaps. Warmth itself stays on the tier's half-life, as §9.3a defines it.
 */
public final class Warmth {

  private final ModelParameters parameters;

  public Warmth(ModelParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * The cadence a person is kept at: the user's override when given, otherwise the tier's. Empty
   * for an acquaintance without an override.
   */
  public OptionalInt cadenceDays(Tier tier, Integer cadenceOverrideDays) {
    if (cadenceOverrideDays != null) {
      if (cadenceOverrideDays <= 0) {
        throw new IllegalArgumentException("a cadence override must be positive");
      }
      return OptionalInt.of(cadenceOverrideDays);
    }
    return parameters.cadenceDays(tier);
  }

  /**
   * Warmth of a person in a tier (or with their own cadence) on {@code today}. An acquaintance has
   * no cadence but still has warmth, for Ready-10 and reconnecting; it cools on the Network tier's
   * half-life, the slowest the model knows, since "on occasion" is at most yearly.
   */
  public double warmth(
      Tier tier, Integer cadenceOverrideDays, LocalDate lastTwoWay, LocalDate today) {
    int cadence = cadenceDays(tier, cadenceOverrideDays).orElse(parameters.networkCadenceDays());
    return warmth(cadence, lastTwoWay, today);
  }

  /** Warmth after the silence from {@code lastTwoWay} to {@code today}, for a cadence in days. */
  public double warmth(int cadenceDays, LocalDate lastTwoWay, LocalDate today) {
    return warmthAfter(daysSilent(lastTwoWay, today), cadenceDays);
  }

  /** Warmth after a silence of {@code days}, for a cadence in days: {@code 2^(−days / H)}. */
  public double warmthAfter(double days, int cadenceDays) {
    if (cadenceDays <= 0) {
      throw new IllegalArgumentException("cadence must be positive");
    }
    double halfLife = parameters.halfLifeCadences() * cadenceDays;
    return Math.pow(2, -Math.max(0, days) / halfLife);
  }

  /** How many cadences have passed without two-way contact, as a fraction. */
  public double missedCadences(int cadenceDays, LocalDate lastTwoWay, LocalDate today) {
    if (cadenceDays <= 0) {
      throw new IllegalArgumentException("cadence must be positive");
    }
    return (double) daysSilent(lastTwoWay, today) / cadenceDays;
  }

  /** The tier rule alone: the state after this many missed cadences. */
  public WarmthState stateAfterMissedCadences(double missed) {
    if (missed >= parameters.goingDormantMissedCadences()) {
      return WarmthState.GOING_DORMANT;
    }
    if (missed >= parameters.atRiskMissedCadences()) {
      return WarmthState.AT_RISK;
    }
    if (missed >= parameters.nudgeMissedCadences()) {
      return WarmthState.NUDGE;
    }
    return WarmthState.WARM;
  }

  /**
   * The person's own rhythm: the median gap in days between consecutive interactions, counting each
   * day once (two notes on one day are one interaction for this purpose, or a same-day reply would
   * set the rhythm to zero). Empty until {@code rhythmMinInteractions} distinct days are logged.
   */
  public OptionalDouble rhythmDays(Collection<LocalDate> interactionDates) {
    TreeSet<LocalDate> days = new TreeSet<>(interactionDates);
    if (days.size() < parameters.rhythmMinInteractions()) {
      return OptionalDouble.empty();
    }
    List<Long> gaps = new ArrayList<>();
    LocalDate previous = null;
    for (LocalDate day : days) {
      if (previous != null) {
        gaps.add(ChronoUnit.DAYS.between(previous, day));
      }
      previous = day;
    }
    gaps.sort(null);
    int middle = gaps.size() / 2;
    double median =
        gaps.size() % 2 == 1 ? gaps.get(middle) : (gaps.get(middle - 1) + gaps.get(middle)) / 2.0;
    return OptionalDouble.of(median);
  }

  /**
   * The day a person should be nudged: two missed cadences after the last two-way contact, or
   * earlier when their own rhythm is faster (see the class comment). Empty for an acquaintance, who
   * is never nudged even with a cadence override. The day may be in the past: the nudge is overdue.
   *
   * @param lastTwoWay the last two-way contact, or the day the person became known if none
   * @param cadenceOverrideDays the user's own cadence for this person, or null
   * @param interactionDates the days of all logged interactions, for the person's rhythm
   */
  public Optional<LocalDate> nextNudgeOn(
      LocalDate lastTwoWay,
      Tier tier,
      Integer cadenceOverrideDays,
      Collection<LocalDate> interactionDates) {
    Objects.requireNonNull(lastTwoWay, "lastTwoWay");
    if (tier == Tier.ACQUAINTANCE) {
      return Optional.empty();
    }
    int cadence = cadenceDays(tier, cadenceOverrideDays).orElseThrow();
    Thresholds thresholds = thresholds(cadence, rhythmDays(interactionDates));
    return Optional.of(lastTwoWay.plusDays((long) Math.ceil(thresholds.nudge())));
  }

  /** The state of a tie on {@code today}, with the person's own rhythm taken into account. */
  public WarmthState state(
      LocalDate lastTwoWay,
      Tier tier,
      Integer cadenceOverrideDays,
      Collection<LocalDate> interactionDates,
      LocalDate today) {
    if (tier == Tier.ACQUAINTANCE) {
      return WarmthState.NO_RHYTHM;
    }
    int cadence = cadenceDays(tier, cadenceOverrideDays).orElseThrow();
    return thresholds(cadence, rhythmDays(interactionDates)).state(daysSilent(lastTwoWay, today));
  }

  /**
   * Everything the keep-in-touch screens show for one person on one day. Interactions dated after
   * {@code today} have not happened yet and are ignored.
   *
   * <p>A person with no two-way contact logged counts from {@link TieHistory#knownSince()}: someone
   * met last week starts warm, and someone imported with a connection date from years ago starts
   * cold. Treating every such person as dormant would nudge a whole address book on the day it is
   * imported; treating them as warm forever would never nudge at all. Once a two-way contact is
   * logged it is believed, even when dated before {@code knownSince}: a lunch five months ago means
   * five months of silence, however recently the person was added.
   */
  public WarmthReading read(TieHistory history, LocalDate today) {
    Objects.requireNonNull(today, "today");
    List<LocalDate> dates = new ArrayList<>();
    LocalDate lastTwoWay = null;
    for (Interaction interaction : history.interactions()) {
      if (interaction.on().isAfter(today)) {
        continue;
      }
      dates.add(interaction.on());
      if (interaction.direction().isTwoWay()
          && (lastTwoWay == null || interaction.on().isAfter(lastTwoWay))) {
        lastTwoWay = interaction.on();
      }
    }
    boolean everTwoWay = lastTwoWay != null;
    LocalDate countingFrom = everTwoWay ? lastTwoWay : history.knownSince();
    long days = daysSilent(countingFrom, today);
    double warmth = warmth(history.tier(), history.cadenceOverrideDays(), countingFrom, today);
    OptionalDouble rhythm = rhythmDays(dates);
    if (history.tier() == Tier.ACQUAINTANCE) {
      return new WarmthReading(
          warmth,
          WarmthState.NO_RHYTHM,
          countingFrom,
          everTwoWay,
          days,
          OptionalDouble.empty(),
          rhythm,
          Optional.empty(),
          new Reason(
              "NO_RHYTHM",
              "An acquaintance: no rhythm to keep, so no reminders. The tie keeps its value."));
    }
    int cadence = cadenceDays(history.tier(), history.cadenceOverrideDays()).orElseThrow();
    Thresholds thresholds = thresholds(cadence, rhythm);
    WarmthState state = thresholds.state(days);
    return new WarmthReading(
        warmth,
        state,
        countingFrom,
        everTwoWay,
        days,
        OptionalDouble.of((double) days / cadence),
        rhythm,
        Optional.of(countingFrom.plusDays((long) Math.ceil(thresholds.nudge()))),
        reason(state, days, cadence, rhythm, everTwoWay));
  }

  /**
   * The fewest days of silence after which a tie kept at {@code cadence}, with this rhythm of its
   * own, is in {@code wanted} state or a later one: {@link #state} read backwards, since its
   * thresholds are fixed for a tie's history. Not for an acquaintance, who has no rhythm to keep.
   * The keep-in-touch state stores the days a tie becomes at risk and going dormant from it.
   */
  public long silenceUntil(WarmthState wanted, int cadence, OptionalDouble rhythm) {
    Thresholds thresholds = thresholds(cadence, rhythm);
    double days =
        switch (wanted) {
          case WARM, NO_RHYTHM -> 0;
          case NUDGE ->
              Math.min(thresholds.nudge(), Math.min(thresholds.atRisk(), thresholds.dormant()));
          case AT_RISK -> Math.min(thresholds.atRisk(), thresholds.dormant());
          case GOING_DORMANT -> thresholds.dormant();
        };
    return Math.max(0, (long) Math.ceil(days));
  }

  private Thresholds thresholds(int cadence, OptionalDouble rhythm) {
    double nudge = parameters.nudgeMissedCadences() * cadence;
    double atRisk = parameters.atRiskMissedCadences() * cadence;
    double dormant = parameters.goingDormantMissedCadences() * cadence;
    if (rhythm.isPresent()) {
      double gap = Math.max(1, rhythm.getAsDouble());
      nudge = Math.min(nudge, parameters.rhythmNudgeGaps() * gap);
      atRisk = Math.min(atRisk, parameters.atRiskMissedCadences() * gap);
      dormant = Math.min(dormant, parameters.rhythmGoingDormantGaps() * gap);
    }
    return new Thresholds(nudge, atRisk, dormant);
  }

  private record Thresholds(double nudge, double atRisk, double dormant) {
    WarmthState state(long daysSilent) {
      if (daysSilent >= dormant) {
        return WarmthState.GOING_DORMANT;
      }
      if (daysSilent >= atRisk) {
        return WarmthState.AT_RISK;
      }
      if (daysSilent >= nudge) {
        return WarmthState.NUDGE;
      }
      return WarmthState.WARM;
    }
  }

  private static Reason reason(
      WarmthState state, long days, int cadence, OptionalDouble rhythm, boolean everTwoWay) {
    String silence;
    if (days == 0) {
      silence = everTwoWay ? "Two-way contact today" : "Met today";
    } else if (everTwoWay) {
      silence = "No two-way contact for " + days(days);
    } else {
      silence = "No two-way contact logged in the " + days(days) + " since you met";
    }
    String usual =
        rhythm.isPresent() && rhythm.getAsDouble() < cadence
            ? "you usually talk every " + days(Math.round(rhythm.getAsDouble()))
            : "the aim is to talk every " + days(cadence);
    return switch (state) {
      case WARM -> new Reason("WARM", silence + "; " + usual + ".");
      case NUDGE -> new Reason("NUDGE", silence + "; " + usual + ". A good time to get in touch.");
      case AT_RISK ->
          new Reason("AT_RISK", silence + "; " + usual + ". The tie is starting to fade.");
      case GOING_DORMANT ->
          new Reason(
              "GOING_DORMANT",
              silence
                  + "; "
                  + usual
                  + ". Ties this quiet usually fade, but they keep their trust and can be revived.");
      case NO_RHYTHM -> throw new IllegalStateException("an acquaintance has no rhythm");
    };
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  static long daysSilent(LocalDate from, LocalDate today) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(today, "today");
    return Math.max(0, ChronoUnit.DAYS.between(from, today));
  }
}

package app.rapport.model;

import java.util.OptionalInt;

/**
 * Every number of the research model, in one place, each with its source. The sources are the ones
 * in {@code reference/science.md} §9. A number marked "(calibration)" is a product default that
 * science.md derived from the cited anchors and that no paper states; "(ours)" marks a product
 * default this package had to choose where science.md is silent. All of them are meant to be
 * re-fitted against logged outcomes (§9.11), which is why none is hard-coded elsewhere.
 *
 * <p>Use {@link #defaults()} unless an experiment says otherwise.
 */
public record ModelParameters(
    // --- Keep-in-touch cadence per tier (§9.3a, §9.4). Dunbar's layer frequencies: weekly,
    // monthly, a few times a year, yearly (Hill & Dunbar 2003; Sutcliffe et al. 2012; Dunbar 2020).
    // An acquaintance has no cadence ("on occasion") and is never nudged.
    int innerCadenceDays,
    int closeCadenceDays,
    int activeCadenceDays,
    int networkCadenceDays,
    // Warmth half-life as a multiple of the cadence, H = 3 × cadence (calibration). For the Close
    // tier this gives 90 days, Dunbar 2020's "more than about three months".
    double halfLifeCadences,
    // Missed cadences at which a person is nudged (W ≈ 0.63) (calibration).
    double nudgeMissedCadences,
    // Missed cadences at which a tie is "at risk" (W ≈ 0.40) (calibration).
    double atRiskMissedCadences,
    // Missed cadences at which a tie is "going dormant" (W ≈ 0.16): a tie silent for more than 8
    // times its usual interval most likely decays (Navarro et al. 2017).
    double goingDormantMissedCadences,

    // --- A person's own rhythm (§9.3b).
    // Logged interactions (on distinct days) needed before the median gap is trusted (calibration).
    int rhythmMinInteractions,
    // Nudge after this many median gaps, when that comes before the tier's nudge (calibration).
    double rhythmNudgeGaps,
    // "Going dormant" after this many median gaps (Navarro et al. 2017).
    double rhythmGoingDormantGaps,

    // --- Latent trust (§9.3c).
    // Share of the original trust lost per year without contact: linear to half over 20 years
    // (Burt 2001, alumni attachment; a weak anchor for personal ties) (calibration).
    double latentTrustLossPerYear,
    // Latent trust never falls below this share of its starting value (Burt 2001) (calibration).
    double latentTrustFloor,
    // A tie is dormant after this many years without contact; ties dormant longer were no less
    // valuable when revived (Levin, Walter & Murnighan 2011).
    double dormantYears,

    // --- Closeness S (§9.2). Weights follow Gilbert & Karahalios 2009's shares of predictive
    // power: intimacy 32.8%, intensity 19.7%, duration 16.5%.
    double closenessWeightIntimacy,
    double closenessWeightIntensity,
    double closenessWeightDuration,
    // The remaining ~30% allocated by science.md (calibration): reciprocity predicts persistence
    // (Raeder et al. 2011; Hidalgo & Rodríguez-Sickert 2008), mutual third parties slow decay
    // (Burt 2000), several media keep weak ties alive (Haythornthwaite 2002).
    double closenessWeightReciprocity,
    double closenessWeightStructural,
    double closenessWeightMultiplexity,
    // Intimacy blends the 1–5 closeness self-rating, the best single indicator (Marsden & Campbell
    // 1984), with the mean depth of recent interactions (calibration).
    double intimacyRatingShare,
    double intimacyDepthShare,
    // Interactions a year at which intensity saturates: weekly, Dunbar's innermost layer.
    double intensitySaturationPerYear,
    // Years known at which duration saturates (calibration).
    double durationSaturationYears,
    // Mutual connections at which the structural term saturates (calibration).
    double structuralSaturationMutuals,
    // Distinct channels in a year at which multiplexity saturates (calibration).
    double multiplexitySaturationChannels,
    // Closeness from which a tie counts as "strong" in the Ready-10 checklist (ours).
    double strongTieMinCloseness,

    // --- Door-opening V (§9.5).
    // The Bridge curve's value with no mutual connections (Rajkumar et al. 2022) (calibration).
    double bridgeFloor,
    // Mutual connections where the Bridge curve peaks: the spline knot of Rajkumar et al. 2022.
    double bridgePeakMutuals,
    // Without a mutual count, how much recent interaction intensity lowers the Bridge: the weakest
    // ties by interaction intensity transmitted the most jobs (Rajkumar et al. 2022) (calibration).
    double bridgeRecentIntensityWeight,
    // Interactions in 90 days at which recent intensity saturates: weekly, as for closeness (ours).
    double recentIntensitySaturation90Days,
    // Relevance weights; higher status makes a contact more valuable (Walter et al. 2015; Lin)
    // (calibration).
    double relevanceWeightInTarget,
    double relevanceWeightStatus,
    double relevanceWeightCanHireOrRefer,
    // Reachability with two or more working channels: weak ties die with their single medium
    // (Haythornthwaite 2002) (calibration).
    double reachabilityTwoChannels,
    // In a less digital target industry strong ties moved more people (Rajkumar et al. 2022) and
    // a strong tie is worth more per tie (Gee et al. 2017): share of V given to closeness there
    // (calibration).
    double lessDigitalClosenessShare,

    // --- Ready-10 (§9.6).
    // Relevant: relevance at least this (Walter et al. 2015; Lin's status argument).
    double readyRelevanceMin,
    // Willing: max(S, L) at least this (Levin et al. 2011).
    double readyWillingnessMin,
    // Reachable: warmth at least this ...
    double readyWarmthMin,
    // ... or dormant (see dormantYears) and formerly strong, latent trust at least this (Levin et
    // al. 2011).
    double readyDormantLatentTrustMin,
    // Not redundant: at most this many from the inner 15. Inner-circle information overlaps with
    // the user's own (Granovetter 1973; Rajkumar et al. 2022).
    int readyInnerCircleMax,
    // The size of the Ready-10.
    int readyTarget,
    // A person missing at most this many criteria is shown as a near miss (ours).
    int readyNearMissMaxMissing,
    // Composition checklist (calibration).
    int compositionWeakOrModerateMin,
    int compositionStrongAdvocatesMin,
    int compositionReactivatedDormantMin,
    int compositionInNewFieldMin,

    // --- Reconnecting (§9.7). Novelty: little past time together and higher status (Walter,
    // Levin & Murnighan 2015).
    double noveltyPastTimeWeight,
    double noveltyStatusWeight,
    // Hours together at which past time saturates: >200 hours makes a close friend (Hall 2019)
    // (ours).
    double pastTimeSaturationHours,
    // The second pick is drawn from the next this-many candidates, the study's own design (Walter
    // et al. 2015).
    int reconnectComfortWindow,

    // --- Weekly effort budget (§9.4) (calibration). About 60% of social time goes to 15 people
    // (Dunbar 2020), so the budget asks for a few touches, not equal effort for everyone.
    int weeklyTouchesMin,
    int weeklyTouchesMax,
    int weeklyTouchesDefault,
    int weeklyReconnections,
    int weeklyAsksWhenSearching,
    // "Networking all year": keep Network-tier ties at or above this warmth; nine in ten bridges
    // are gone a year later (Burt 2002) (calibration).
    double networkTierWarmthFloor,

    // --- Introduction paths (§9.8). Every step loses chains to attrition (Dodds, Muhamad & Watts
    // 2003) (calibration).
    int pathMaxIntermediaries,
    // Multiplier for each intermediary beyond the first (calibration): prefer 1-intermediary paths.
    double pathExtraIntermediaryFactor,
    // P(A knows target) by what they share, ordered as LinkedIn's organisational-overlap model
    // (Hsieh et al. 2013): longer shared tenure at the same employer, then shorter tenure, school,
    // group; a link only entered by hand or named in passing carries the least evidence (ours).
    double knowsSameEmployerOverAYear,
    double knowsSameEmployerUnderAYear,
    double knowsSameSchool,
    double knowsSameGroup,
    double knowsStatedOnly,
    // Successful searches "disproportionately rely on professional relationships" (Dodds et al.
    // 2003): a professional link counts fully, a personal one this much (calibration).
    double professionalContextPersonal,

    // --- Default yearly goals (§9.9) (calibration unless marked ours).
    // 52 dormant reconnections a year, one a week.
    int goalReconnectionsPerYear,
    // New people met a year, one a month (ours).
    int goalMeetNewPerYear,
    // Share of Active and Network ties with at least two channels.
    double goalMultiChannelShare,
    // Introductions asked for in a year, one a month (ours; the weekly ask applies while
    // searching).
    int goalIntroductionsAskedPerYear,
    // Informational interviews a year, one a month (ours).
    int goalInfoInterviewsPerYear,
    // Everyone in the Ready-10 knows the goal within this many days of starting a search; without
    // that, holders of job information pass it on 27% of the time (Marin 2012).
    int goalActivatedWithinDays) {

  public ModelParameters {
    positive("innerCadenceDays", innerCadenceDays);
    positive("closeCadenceDays", closeCadenceDays);
    positive("activeCadenceDays", activeCadenceDays);
    positive("networkCadenceDays", networkCadenceDays);
    if (!(innerCadenceDays < closeCadenceDays
        && closeCadenceDays < activeCadenceDays
        && activeCadenceDays < networkCadenceDays)) {
      throw new IllegalArgumentException("tier cadences must lengthen from inner to network");
    }
    positive("halfLifeCadences", halfLifeCadences);
    positive("nudgeMissedCadences", nudgeMissedCadences);
    if (!(nudgeMissedCadences < atRiskMissedCadences
        && atRiskMissedCadences < goingDormantMissedCadences)) {
      throw new IllegalArgumentException("nudge < at risk < going dormant, in missed cadences");
    }
    if (rhythmMinInteractions < 3) {
      throw new IllegalArgumentException("a rhythm needs at least 3 interactions (two gaps)");
    }
    positive("rhythmNudgeGaps", rhythmNudgeGaps);
    if (rhythmGoingDormantGaps <= rhythmNudgeGaps) {
      throw new IllegalArgumentException("rhythmGoingDormantGaps must exceed rhythmNudgeGaps");
    }
    share("latentTrustLossPerYear", latentTrustLossPerYear);
    share("latentTrustFloor", latentTrustFloor);
    positive("dormantYears", dormantYears);
    sumsToOne(
        "closeness weights",
        closenessWeightIntimacy,
        closenessWeightIntensity,
        closenessWeightDuration,
        closenessWeightReciprocity,
        closenessWeightStructural,
        closenessWeightMultiplexity);
    sumsToOne("intimacy shares", intimacyRatingShare, intimacyDepthShare);
    positive("intensitySaturationPerYear", intensitySaturationPerYear);
    positive("durationSaturationYears", durationSaturationYears);
    positive("structuralSaturationMutuals", structuralSaturationMutuals);
    positive("multiplexitySaturationChannels", multiplexitySaturationChannels);
    share("strongTieMinCloseness", strongTieMinCloseness);
    share("bridgeFloor", bridgeFloor);
    positive("bridgePeakMutuals", bridgePeakMutuals);
    share("bridgeRecentIntensityWeight", bridgeRecentIntensityWeight);
    positive("recentIntensitySaturation90Days", recentIntensitySaturation90Days);
    sumsToOne(
        "relevance weights",
        relevanceWeightInTarget,
        relevanceWeightStatus,
        relevanceWeightCanHireOrRefer);
    if (reachabilityTwoChannels < 1) {
      throw new IllegalArgumentException("a second channel must not lower reachability");
    }
    share("lessDigitalClosenessShare", lessDigitalClosenessShare);
    share("readyRelevanceMin", readyRelevanceMin);
    share("readyWillingnessMin", readyWillingnessMin);
    share("readyWarmthMin", readyWarmthMin);
    share("readyDormantLatentTrustMin", readyDormantLatentTrustMin);
    positive("readyTarget", readyTarget);
    if (readyInnerCircleMax < 0 || readyInnerCircleMax > readyTarget) {
      throw new IllegalArgumentException("readyInnerCircleMax must be between 0 and readyTarget");
    }
    if (readyNearMissMaxMissing < 1 || readyNearMissMaxMissing > 4) {
      throw new IllegalArgumentException("readyNearMissMaxMissing must be between 1 and 4");
    }
    notNegative("compositionWeakOrModerateMin", compositionWeakOrModerateMin);
    notNegative("compositionStrongAdvocatesMin", compositionStrongAdvocatesMin);
    notNegative("compositionReactivatedDormantMin", compositionReactivatedDormantMin);
    notNegative("compositionInNewFieldMin", compositionInNewFieldMin);
    sumsToOne("novelty weights", noveltyPastTimeWeight, noveltyStatusWeight);
    positive("pastTimeSaturationHours", pastTimeSaturationHours);
    positive("reconnectComfortWindow", reconnectComfortWindow);
    notNegative("weeklyTouchesMin", weeklyTouchesMin);
    if (!(weeklyTouchesMin <= weeklyTouchesDefault && weeklyTouchesDefault <= weeklyTouchesMax)) {
      throw new IllegalArgumentException("weekly touches: min <= default <= max");
    }
    notNegative("weeklyReconnections", weeklyReconnections);
    notNegative("weeklyAsksWhenSearching", weeklyAsksWhenSearching);
    share("networkTierWarmthFloor", networkTierWarmthFloor);
    positive("pathMaxIntermediaries", pathMaxIntermediaries);
    share("pathExtraIntermediaryFactor", pathExtraIntermediaryFactor);
    share("knowsSameEmployerOverAYear", knowsSameEmployerOverAYear);
    share("knowsSameEmployerUnderAYear", knowsSameEmployerUnderAYear);
    share("knowsSameSchool", knowsSameSchool);
    share("knowsSameGroup", knowsSameGroup);
    share("knowsStatedOnly", knowsStatedOnly);
    if (!(knowsSameEmployerOverAYear > knowsSameEmployerUnderAYear
        && knowsSameEmployerUnderAYear > knowsSameSchool
        && knowsSameSchool > knowsSameGroup
        && knowsSameGroup > knowsStatedOnly)) {
      throw new IllegalArgumentException(
          "P(knows) must fall: employer > 1 year, employer < 1 year, school, group, stated only");
    }
    share("professionalContextPersonal", professionalContextPersonal);
    notNegative("goalReconnectionsPerYear", goalReconnectionsPerYear);
    notNegative("goalMeetNewPerYear", goalMeetNewPerYear);
    share("goalMultiChannelShare", goalMultiChannelShare);
    notNegative("goalIntroductionsAskedPerYear", goalIntroductionsAskedPerYear);
    notNegative("goalInfoInterviewsPerYear", goalInfoInterviewsPerYear);
    positive("goalActivatedWithinDays", goalActivatedWithinDays);
  }

  /** The model as science.md §9 states it. */
  public static ModelParameters defaults() {
    return new ModelParameters(
        7, // innerCadenceDays
        30, // closeCadenceDays
        90, // activeCadenceDays
        365, // networkCadenceDays
        3, // halfLifeCadences
        2, // nudgeMissedCadences
        4, // atRiskMissedCadences
        8, // goingDormantMissedCadences
        3, // rhythmMinInteractions
        2, // rhythmNudgeGaps
        8, // rhythmGoingDormantGaps
        0.025, // latentTrustLossPerYear
        0.5, // latentTrustFloor
        3, // dormantYears
        0.33, // closenessWeightIntimacy
        0.20, // closenessWeightIntensity
        0.17, // closenessWeightDuration
        0.12, // closenessWeightReciprocity
        0.10, // closenessWeightStructural
        0.08, // closenessWeightMultiplexity
        0.6, // intimacyRatingShare
        0.4, // intimacyDepthShare
        52, // intensitySaturationPerYear
        20, // durationSaturationYears
        20, // structuralSaturationMutuals
        3, // multiplexitySaturationChannels
        0.6, // strongTieMinCloseness
        0.2, // bridgeFloor
        10, // bridgePeakMutuals
        0.5, // bridgeRecentIntensityWeight
        13, // recentIntensitySaturation90Days
        0.5, // relevanceWeightInTarget
        0.3, // relevanceWeightStatus
        0.2, // relevanceWeightCanHireOrRefer
        1.1, // reachabilityTwoChannels
        0.5, // lessDigitalClosenessShare
        0.5, // readyRelevanceMin
        0.4, // readyWillingnessMin
        0.4, // readyWarmthMin
        0.5, // readyDormantLatentTrustMin
        3, // readyInnerCircleMax
        10, // readyTarget
        2, // readyNearMissMaxMissing
        5, // compositionWeakOrModerateMin
        2, // compositionStrongAdvocatesMin
        2, // compositionReactivatedDormantMin
        3, // compositionInNewFieldMin
        0.5, // noveltyPastTimeWeight
        0.5, // noveltyStatusWeight
        200, // pastTimeSaturationHours
        9, // reconnectComfortWindow
        3, // weeklyTouchesMin
        5, // weeklyTouchesMax
        4, // weeklyTouchesDefault
        1, // weeklyReconnections
        1, // weeklyAsksWhenSearching
        0.4, // networkTierWarmthFloor
        2, // pathMaxIntermediaries
        0.5, // pathExtraIntermediaryFactor
        0.9, // knowsSameEmployerOverAYear
        0.6, // knowsSameEmployerUnderAYear
        0.4, // knowsSameSchool
        0.25, // knowsSameGroup
        0.15, // knowsStatedOnly
        0.6, // professionalContextPersonal
        52, // goalReconnectionsPerYear
        12, // goalMeetNewPerYear
        0.9, // goalMultiChannelShare
        12, // goalIntroductionsAskedPerYear
        12, // goalInfoInterviewsPerYear
        14); // goalActivatedWithinDays
  }

  /** The tier's cadence in days; empty for an acquaintance, who has no rhythm to keep. */
  public OptionalInt cadenceDays(Tier tier) {
    return switch (tier) {
      case INNER -> OptionalInt.of(innerCadenceDays);
      case CLOSE -> OptionalInt.of(closeCadenceDays);
      case ACTIVE -> OptionalInt.of(activeCadenceDays);
      case NETWORK -> OptionalInt.of(networkCadenceDays);
      case ACQUAINTANCE -> OptionalInt.empty();
    };
  }

  /** Touchpoints a year implied by the default weekly budget. */
  public int goalTouchpointsPerYear() {
    return weeklyTouchesDefault * 52;
  }

  private static void positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  private static void notNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
  }

  private static void sumsToOne(String name, double... weights) {
    double sum = 0;
    for (double weight : weights) {
      if (!(weight >= 0)) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      sum += weight;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException(name + " must add up to 1, was " + sum);
    }
  }
}

package app.rapport.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Closeness S, the tie-strength score of §9.2:
 *
 * <pre>
 * S = 0.33 Intimacy + 0.20 Intensity + 0.17 Duration + 0.12 Reciprocity + 0.10 Structural
 *   + 0.08 Multiplexity
 * </pre>
 *
 * The first three weights follow Gilbert &amp; Karahalios 2009's shares of predictive power; the
 * rest is science.md's calibration. Two inputs may be missing:
 *
 * <ul>
 *   <li>No closeness rating: intimacy is the mean depth of recent interactions alone, rather than
 *       counting the missing rating as "not close", which would punish users who never rate.
 *   <li>Mutual connections unknown: the structural term is left out and the other five weights are
 *       scaled up to sum to 1, for the same reason. Zero known mutuals is not "unknown".
 * </ul>
 */
public final class Closeness {

  private final ModelParameters parameters;

  public Closeness(ModelParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /** S for one person, with its components and the reasons to show. */
  public ClosenessScore score(ClosenessInputs in) {
    ModelParameters p = parameters;
    double intimacy =
        in.closenessRating() == null
            ? in.meanDepth12Months()
            : p.intimacyRatingShare() * (in.closenessRating() - 1) / 4.0
                + p.intimacyDepthShare() * in.meanDepth12Months();
    double intensity =
        Math.min(
            1, Math.log1p(in.interactions12Months()) / Math.log1p(p.intensitySaturationPerYear()));
    double duration =
        Math.min(1, Math.log1p(in.yearsKnown()) / Math.log1p(p.durationSaturationYears()));
    double reciprocity = 1 - 2 * Math.abs(0.5 - in.shareInitiatedByContact());
    OptionalDouble structural =
        in.mutualConnections() == null
            ? OptionalDouble.empty()
            : OptionalDouble.of(
                Math.min(1, in.mutualConnections() / p.structuralSaturationMutuals()));
    double multiplexity =
        Math.min(1, in.distinctChannels12Months() / p.multiplexitySaturationChannels());

    double weighted =
        p.closenessWeightIntimacy() * intimacy
            + p.closenessWeightIntensity() * intensity
            + p.closenessWeightDuration() * duration
            + p.closenessWeightReciprocity() * reciprocity
            + p.closenessWeightMultiplexity() * multiplexity;
    double totalWeight = 1;
    if (structural.isPresent()) {
      weighted += p.closenessWeightStructural() * structural.getAsDouble();
    } else {
      totalWeight -= p.closenessWeightStructural();
    }
    double score = clamp(weighted / totalWeight);

    ClosenessScore.Components components =
        new ClosenessScore.Components(
            intimacy, intensity, duration, reciprocity, structural, multiplexity);
    return new ClosenessScore(score, components, reasons(in, components));
  }

  /** A dimension worth mentioning reaches at least half its range. */
  private static final double NOTABLE = 0.5;

  private List<Reason> reasons(ClosenessInputs in, ClosenessScore.Components c) {
    ModelParameters p = parameters;
    record Part(double contribution, Reason reason) {}
    List<Part> parts = new ArrayList<>();
    if (c.intimacy() >= NOTABLE) {
      Reason reason =
          in.closenessRating() != null && in.closenessRating() >= 4
              ? new Reason(
                  "RATED_CLOSE",
                  "You rated yourselves close (" + in.closenessRating() + " out of 5).")
              : new Reason("DEEP_CONTACT", "You mostly talk in person or by phone.");
      parts.add(new Part(p.closenessWeightIntimacy() * c.intimacy(), reason));
    }
    if (c.intensity() >= NOTABLE) {
      parts.add(
          new Part(
              p.closenessWeightIntensity() * c.intensity(),
              new Reason(
                  "TALK_OFTEN",
                  "You talk often: "
                      + in.interactions12Months()
                      + " times in the last 12 months.")));
    }
    if (c.duration() >= NOTABLE) {
      long years = (long) Math.floor(in.yearsKnown());
      parts.add(
          new Part(
              p.closenessWeightDuration() * c.duration(),
              new Reason(
                  "KNOWN_LONG",
                  "You have known each other " + years + (years == 1 ? " year." : " years."))));
    }
    if (c.reciprocity() >= NOTABLE && in.interactions12Months() > 0) {
      parts.add(
          new Part(
              p.closenessWeightReciprocity() * c.reciprocity(),
              new Reason("BOTH_REACH_OUT", "You both reach out.")));
    }
    if (c.structural().isPresent() && c.structural().getAsDouble() >= NOTABLE) {
      parts.add(
          new Part(
              p.closenessWeightStructural() * c.structural().getAsDouble(),
              new Reason(
                  "MUTUAL_CONNECTIONS",
                  "You share " + in.mutualConnections() + " mutual connections.")));
    }
    if (c.multiplexity() >= NOTABLE) {
      parts.add(
          new Part(
              p.closenessWeightMultiplexity() * c.multiplexity(),
              new Reason(
                  "SEVERAL_CHANNELS",
                  "You keep in touch on " + in.distinctChannels12Months() + " channels.")));
    }
    parts.sort(Comparator.comparingDouble(Part::contribution).reversed());
    List<Reason> reasons = new ArrayList<>();
    for (Part part : parts) {
      reasons.add(part.reason());
    }
    if (in.interactions12Months() == 0) {
      reasons.add(new Reason("NO_RECENT_CONTACT", "No contact logged in the last 12 months."));
    }
    return reasons;
  }

  static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}

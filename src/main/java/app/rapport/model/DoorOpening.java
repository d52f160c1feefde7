package app.rapport.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Door-opening V, whom to ask for leads (§9.5):
 *
 * <pre>
 * V = Bridge × Willingness × Relevance × Reachability × IndustryAdj
 * </pre>
 *
 * It is kept apart from closeness S because job value follows an inverted U in tie strength:
 * moderately weak ties, about ten mutual connections, moved the most people into new jobs (Rajkumar
 * et al. 2022), while a single strong tie is worth more at the margin (Gee et al. 2017).
 *
 * <p>Two readings of science.md, where its formulas are ambiguous:
 *
 * <ul>
 *   <li>Without a mutual count, science.md writes {@code Bridge = 1 − overlapShare × (1 − 0.5 ×
 *       recentIntensity)} across two lines. Read with ordinary precedence, more recent interaction
 *       would <em>raise</em> the bridge, the opposite of the finding it cites (the weakest ties by
 *       interaction intensity transmitted the most jobs). We read it as {@code (1 − overlapShare) ×
 *       (1 − 0.5 × recentIntensity)}.
 *   <li>For a less digital target industry science.md writes {@code V' = 0.5 V + 0.5 S}. Taken
 *       literally, that gives a close friend who is in no way relevant, or cannot be reached at
 *       all, half their closeness as door-opening value. We keep relevance and reachability as
 *       gates on the closeness half too: {@code V' = 0.5 V + 0.5 S × Relevance × Reachability}. The
 *       swap "toward S" replaces the bridge-and-willingness part, which is what the industry
 *       finding is about.
 * </ul>
 */
public final class DoorOpening {

  private final ModelParameters parameters;

  public DoorOpening(ModelParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * The Bridge curve over mutual connections m: {@code 0.2 + 0.8 × (m/10) × e^(1 − m/10)}. It rises
   * from 0.20 with no mutuals to 1.00 at ten (Rajkumar et al. 2022's spline knot) and falls slowly
   * after: 0.79 at twenty, 0.36 at forty.
   */
  public double bridge(int mutualConnections) {
    if (mutualConnections < 0) {
      throw new IllegalArgumentException("mutual connections must not be negative");
    }
    double x = mutualConnections / parameters.bridgePeakMutuals();
    return parameters.bridgeFloor() + (1 - parameters.bridgeFloor()) * x * Math.exp(1 - x);
  }

  /**
   * The bridge when mutual connections are unknown: {@code (1 − overlapShare) × (1 − 0.5 ×
   * recentIntensity)}, both inputs 0..1. See the class comment for why it is read this way.
   */
  public double bridgeWithoutMutuals(
      double overlapShareWithInnerCircle, double recentIntensity90Days) {
    DoorOpeningInputs.unit("overlapShareWithInnerCircle", overlapShareWithInnerCircle);
    DoorOpeningInputs.unit("recentIntensity90Days", recentIntensity90Days);
    return (1 - overlapShareWithInnerCircle)
        * (1 - parameters.bridgeRecentIntensityWeight() * recentIntensity90Days);
  }

  /**
   * Interaction intensity over 90 days in [0, 1], on the same log scale as closeness's intensity:
   * weekly contact (13 in 90 days) saturates.
   */
  public double recentIntensity(int interactions90Days) {
    if (interactions90Days < 0) {
      throw new IllegalArgumentException("interactions must not be negative");
    }
    return Math.min(
        1,
        Math.log1p(interactions90Days) / Math.log1p(parameters.recentIntensitySaturation90Days()));
  }

  /**
   * Willingness = max(S, L): a formerly strong tie keeps its trust through dormancy (Levin, Walter
   * &amp; Murnighan 2011).
   */
  public static double willingness(double closeness, double latentTrust) {
    return Math.max(closeness, latentTrust);
  }

  /**
   * Reachability: 0 with no working channel, 1 with one, 1.1 with two or more. Any channel that
   * still works counts here, a work address included while they still work there; the Ready-10 is
   * stricter (see {@link Ready10}).
   */
  public double reachability(Collection<ContactChannel> channels) {
    long working = channels.stream().filter(ContactChannel::working).count();
    if (working >= 2) {
      return parameters.reachabilityTwoChannels();
    }
    return working == 1 ? 1 : 0;
  }

  /** V for one person, with its factors and reasons. */
  public DoorOpeningScore score(DoorOpeningInputs in) {
    ModelParameters p = parameters;
    double bridge =
        in.mutualConnections() != null
            ? bridge(in.mutualConnections())
            : bridgeWithoutMutuals(in.overlapShareWithInnerCircle(), in.recentIntensity90Days());
    double willingness = willingness(in.closeness(), in.latentTrust());
    double relevance = in.relevance().score(p);
    double reachability = reachability(in.channels());
    double v = bridge * willingness * relevance * reachability;
    if (in.lessDigitalTargetIndustry()) {
      double share = p.lessDigitalClosenessShare();
      v = (1 - share) * v + share * in.closeness() * relevance * reachability;
    }
    return new DoorOpeningScore(
        v, bridge, willingness, relevance, reachability, reasons(in, bridge, reachability));
  }

  private List<Reason> reasons(DoorOpeningInputs in, double bridge, double reachability) {
    List<Reason> reasons = new ArrayList<>();
    Integer m = in.mutualConnections();
    if (m != null) {
      if (bridge >= 0.8) {
        reasons.add(
            new Reason(
                "MODERATELY_WEAK_TIE",
                m
                    + " mutual connections: the kind of moderately weak tie that moved the most"
                    + " people into new jobs."));
      } else if (m > parameters.bridgePeakMutuals()) {
        reasons.add(
            new Reason(
                "OVERLAPPING_CIRCLES",
                m + " mutual connections: much of what they hear, you hear too."));
      } else {
        reasons.add(
            new Reason(
                "DISTANT_TIE",
                (m == 1 ? "1 mutual connection" : m + " mutual connections")
                    + ": a distant tie, less likely to pass a job on."));
      }
    } else if (in.overlapShareWithInnerCircle() >= 0.5) {
      reasons.add(
          new Reason("OVERLAPPING_CIRCLES", "Moves in the same circle as your closest people."));
    } else if (bridge >= 0.7) {
      reasons.add(new Reason("DIFFERENT_CIRCLES", "Moves in circles your closest people do not."));
    }
    Relevance r = in.relevance();
    if (r.inTargetFieldOrCompany()) {
      reasons.add(new Reason("IN_TARGET", "Works in your target field or company."));
    }
    if (r.statusAtOrAboveTargetRole()) {
      reasons.add(new Reason("SENIOR", "At or above the level you are aiming for."));
    }
    if (r.canHireOrRefer()) {
      reasons.add(new Reason("CAN_HIRE_OR_REFER", "Can hire, refer or introduce you."));
    }
    if (!r.inTargetFieldOrCompany() && !r.statusAtOrAboveTargetRole() && !r.canHireOrRefer()) {
      reasons.add(
          new Reason(
              "NOT_RELEVANT", "Not in your target field, and cannot hire or refer you into it."));
    }
    if (in.latentTrust() > in.closeness() && in.latentTrust() >= parameters.readyWillingnessMin()) {
      reasons.add(
          new Reason("FORMER_STRONG_TIE", "Once a close tie: trust outlasts years of silence."));
    } else if (willingness(in.closeness(), in.latentTrust()) < parameters.readyWillingnessMin()) {
      reasons.add(new Reason("LITTLE_HISTORY", "Little history of give-and-take yet."));
    }
    if (reachability == 0) {
      reasons.add(new Reason("NO_WORKING_CHANNEL", "No working way to reach them is recorded."));
    } else if (reachability > 1) {
      reasons.add(new Reason("SEVERAL_CHANNELS", "Reachable on two or more channels."));
    }
    if (in.lessDigitalTargetIndustry()) {
      reasons.add(
          new Reason(
              "LESS_DIGITAL_INDUSTRY",
              "In a less digital industry, closer ties move more people, so closeness counts"
                  + " for more."));
    }
    return reasons;
  }
}

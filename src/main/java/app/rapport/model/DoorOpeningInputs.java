package app.rapport.model;

import java.util.List;
import java.util.Objects;

/**
 * What door-opening V is computed from (§9.5).
 *
 * @param mutualConnections people both know, or null if unknown
 * @param overlapShareWithInnerCircle when mutuals are unknown: the share of the user's inner 15
 *     known to also know this person, 0..1 (0 when no such links are known)
 * @param recentIntensity90Days interaction intensity over the last 90 days, 0..1; see {@link
 *     DoorOpening#recentIntensity(int)}
 * @param closeness S now
 * @param latentTrust L now
 * @param relevance how the person relates to the user's target
 * @param channels the ways to reach them
 * @param lessDigitalTargetIndustry the user's target industry is a less digital one, where strong
 *     ties moved more people (Rajkumar et al. 2022)
 */
public record DoorOpeningInputs(
    Integer mutualConnections,
    double overlapShareWithInnerCircle,
    double recentIntensity90Days,
    double closeness,
    double latentTrust,
    Relevance relevance,
    List<ContactChannel> channels,
    boolean lessDigitalTargetIndustry) {

  public DoorOpeningInputs {
    if (mutualConnections != null && mutualConnections < 0) {
      throw new IllegalArgumentException("mutual connections must not be negative");
    }
    unit("overlapShareWithInnerCircle", overlapShareWithInnerCircle);
    unit("recentIntensity90Days", recentIntensity90Days);
    unit("closeness", closeness);
    unit("latentTrust", latentTrust);
    Objects.requireNonNull(relevance, "relevance");
    channels = List.copyOf(channels);
  }

  static void unit(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
  }
}

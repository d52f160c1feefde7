package app.rapport.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Closeness S, shown to the user as "close to you", with the parts it is made of and the reasons
 * worth telling them. Do not rank job leads by it: see {@link DoorOpening}.
 *
 * @param score S in [0, 1]
 * @param components each dimension's value in [0, 1], before weighting
 * @param reasons the strongest dimensions in plain words, strongest first
 */
public record ClosenessScore(double score, Components components, List<Reason> reasons) {

  public ClosenessScore {
    reasons = List.copyOf(reasons);
  }

  /**
   * The six dimensions of §9.2, each in [0, 1].
   *
   * @param structural empty when mutual connections are unknown; the other weights then share its
   *     weight
   */
  public record Components(
      double intimacy,
      double intensity,
      double duration,
      double reciprocity,
      OptionalDouble structural,
      double multiplexity) {}
}

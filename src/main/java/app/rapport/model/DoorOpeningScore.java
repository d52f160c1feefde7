package app.rapport.model;

import java.util.List;

/**
 * Door-opening V, shown to the user as "could open a new door", with its factors and reasons.
 *
 * @param score V in [0, 1.1]: the product of the factors (1.1 when reachable on two channels)
 * @param bridge how much the person moves in circles other than the user's, 0.2..1 with known
 *     mutuals, 0..1 without
 * @param willingness max(S, L), 0..1
 * @param relevance 0..1
 * @param reachability 0, 1 or 1.1
 * @param reasons the factors worth telling the user, in plain words
 */
public record DoorOpeningScore(
    double score,
    double bridge,
    double willingness,
    double relevance,
    double reachability,
    List<Reason> reasons) {

  public DoorOpeningScore {
    reasons = List.copyOf(reasons);
  }
}

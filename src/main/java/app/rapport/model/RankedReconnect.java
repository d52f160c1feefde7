package app.rapport.model;

import java.util.List;

/**
 * One candidate's place in the reconnection ranking, with the factors of its priority.
 *
 * @param personId the person
 * @param rank 1 for the highest priority
 * @param priority Relevance × Novelty × max(Trust, L) × Reachability × (1 − W)
 * @param relevance the relevance factor (1 when the user has no target)
 * @param novelty 0..1
 * @param trust max(Trust, L)
 * @param reachability 0, 1 or 1.1
 * @param coldness 1 − W
 * @param reasons why this person, in plain words
 */
public record RankedReconnect(
    long personId,
    int rank,
    double priority,
    double relevance,
    double novelty,
    double trust,
    double reachability,
    double coldness,
    List<Reason> reasons) {

  public RankedReconnect {
    reasons = List.copyOf(reasons);
  }
}

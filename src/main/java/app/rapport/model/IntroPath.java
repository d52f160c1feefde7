package app.rapport.model;

import java.util.List;

/**
 * A chain of people from the user to a target: the user asks the first intermediary, who knows the
 * next person, and so on to the target.
 *
 * @param firstHopWillingness max(S, L) between the user and the first intermediary, 0..1: the first
 *     hop must be someone who will act (Dodds et al. 2003; Gee et al. 2017)
 * @param links the steps from the first intermediary to the target, one per intermediary
 * @param targetRelevance the target's relevance (§9.5), 0..1; 1 when the user chose the target
 *     themselves
 */
public record IntroPath(double firstHopWillingness, List<PathLink> links, double targetRelevance) {

  public IntroPath {
    DoorOpeningInputs.unit("firstHopWillingness", firstHopWillingness);
    DoorOpeningInputs.unit("targetRelevance", targetRelevance);
    links = List.copyOf(links);
    if (links.isEmpty()) {
      throw new IllegalArgumentException("a path needs at least one intermediary");
    }
    for (int i = 1; i < links.size(); i++) {
      if (links.get(i - 1).toPersonId() != links.get(i).fromPersonId()) {
        throw new IllegalArgumentException("each step must start where the previous one ended");
      }
    }
  }

  /** The people between the user and the target. */
  public int intermediaries() {
    return links.size();
  }

  /** The person the user would ask. */
  public long firstIntermediary() {
    return links.get(0).fromPersonId();
  }

  /** The person at the end of the path. */
  public long target() {
    return links.get(links.size() - 1).toPersonId();
  }
}

package app.rapport.model;

import java.util.List;
import java.util.Optional;

/**
 * This batch's reconnection suggestions: the model's top pick plus one drawn from the next nine.
 *
 * @param ranking every candidate worth reconnecting with, highest priority first; people with zero
 *     priority (unreachable, irrelevant, or still warm) are left out
 * @param topPick rank 1, if anyone is worth reconnecting with
 * @param drawnPick one of ranks 2 to 10, drawn for the seed given, if there are at least two
 * @param drawnBecause why the second pick is not simply rank 2, to show beside it
 */
public record ReconnectPicks(
    List<RankedReconnect> ranking,
    Optional<RankedReconnect> topPick,
    Optional<RankedReconnect> drawnPick,
    Reason drawnBecause) {

  public ReconnectPicks {
    ranking = List.copyOf(ranking);
  }
}

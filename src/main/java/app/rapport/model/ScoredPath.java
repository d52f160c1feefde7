package app.rapport.model;

import java.util.List;

/**
 * An introduction path with its score.
 *
 * @param path the path
 * @param score the product of its steps, less for each intermediary beyond the first
 * @param reasons the path in plain words
 */
public record ScoredPath(IntroPath path, double score, List<Reason> reasons) {

  public ScoredPath {
    reasons = List.copyOf(reasons);
  }
}

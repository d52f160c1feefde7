package app.rapport.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * The Ready-10 health test: how many people could help the user right now, and what is missing.
 *
 * @param relevanceJudged false when the user has named no target industry, role or company: then
 *     nobody's relevance can be judged, there is no score, and {@code summary} says so
 * @param score qualifying people counted, 0..10; empty when relevance cannot be judged
 * @param qualifying everyone meeting all four criteria, which may exceed ten
 * @param counted the people counted, best first (relevance, then willingness, then warmth)
 * @param nearMisses people missing one or two criteria, fewest missing first
 * @param everyone every person considered, in the order given; do-not-contact people are left out
 * @param activated counted people who know what the user is looking for
 * @param composition the checklist, empty when relevance cannot be judged
 * @param summary what to work on, in plain words
 */
public record Ready10Result(
    boolean relevanceJudged,
    OptionalInt score,
    int qualifying,
    List<Ready10Assessment> counted,
    List<Ready10Assessment> nearMisses,
    List<Ready10Assessment> everyone,
    int activated,
    List<CompositionItem> composition,
    List<Reason> summary) {

  public Ready10Result {
    counted = List.copyOf(counted);
    nearMisses = List.copyOf(nearMisses);
    everyone = List.copyOf(everyone);
    composition = List.copyOf(composition);
    summary = List.copyOf(summary);
  }
}

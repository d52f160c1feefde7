package app.rapport.health;

import app.rapport.model.CompositionItem;
import app.rapport.model.Ready10Criterion;
import java.util.List;
import java.util.Set;

/**
 * The column's test, answered with data: who could help with a job search right now (the Ready-10),
 * who nearly could and exactly what each lacks, whether the ten are a healthy mix, and a makeover
 * plan naming people. Without a target, relevance cannot be judged and there is no score.
 */
public record NetworkHealth(
    boolean relevanceJudged,
    Integer score,
    List<Person> qualifying,
    List<NearMiss> nearMisses,
    List<CompositionItem> composition,
    List<Step> plan,
    int activated,
    List<String> summary) {

  /** Someone who counts, and whether they know what the user is looking for. */
  public record Person(long contactId, String fullName, String detail, boolean activated) {}

  /** Someone who nearly counts, with the criteria they miss and why, in plain words. */
  public record NearMiss(
      long contactId,
      String fullName,
      String detail,
      Set<Ready10Criterion> missing,
      List<String> reasons) {}

  /** One thing to do this month, naming the person when there is one. */
  public record Step(String text, Long contactId) {}

  public boolean complete() {
    return score != null && score >= 10;
  }
}

package app.rapport.keepintouch;

import app.rapport.model.Relevance;
import app.rapport.profile.RelevanceJudge;

/**
 * What a person's relevance is judged on when many people are weighed at once: whether they work in
 * the target field or company, as judged on write ({@code relationship.in_target}, judged again
 * whenever the targets, an organisation or the person change), and what their status is judged
 * from. Reading these instead of the person's industry, function and organisation saves reading
 * text for hundreds of people to show a few (docs/benchmarks.md, finding 37).
 *
 * @param title read only when the seniority is not known, as only then is it judged
 */
record RelevanceFacts(
    boolean inTarget, Boolean seniorityAtOrAbove, String title, boolean canHireOrRefer) {

  Relevance judgedBy(RelevanceJudge judge) {
    return new Relevance(
        inTarget, judge.atOrAboveTargetRole(seniorityAtOrAbove, title), canHireOrRefer);
  }
}

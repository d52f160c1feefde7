package app.rapport.warmpaths;

import app.rapport.contacts.ContactSummary;
import app.rapport.model.Reason;
import java.util.List;

/**
 * One way in: the people from the one the user would ask to the target, its score (§9.8) and the
 * path in plain words.
 *
 * @param people the first hop, then anyone in between, then the target
 * @param score the model's path score, 0..1
 * @param explanation one or two sentences: "Ann Lee trusts you, and worked with Bob Stone at
 *     Fabrikam for six years."
 * @param reasons the model's reasons, for those who want the detail
 */
public record WarmPath(
    List<ContactSummary> people, double score, String explanation, List<Reason> reasons) {

  public WarmPath {
    people = List.copyOf(people);
    reasons = List.copyOf(reasons);
  }

  /** The people between the user and the target. */
  public int intermediaries() {
    return people.size() - 1;
  }

  public ContactSummary firstHop() {
    return people.get(0);
  }

  public ContactSummary target() {
    return people.get(people.size() - 1);
  }

  public int scorePercent() {
    return (int) Math.round(score * 100);
  }
}

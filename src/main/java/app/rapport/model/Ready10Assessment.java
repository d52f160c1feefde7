package app.rapport.model;

import java.util.List;
import java.util.Set;

/**
 * One person measured against the Ready-10 criteria.
 *
 * @param personId the person
 * @param met the criteria that hold
 * @param missing the criteria that do not; a criterion that cannot be judged (relevance, when the
 *     user has no target) is in neither set
 * @param reasons why each missing criterion is missing, in plain words, one or two per criterion
 * @param qualifies all four criteria hold
 * @param counted one of the (at most) ten counted; a qualifying person beyond the tenth is not
 * @param activated counted and knows what the user is looking for: without that, holders of job
 *     information pass it on only 27% of the time (Marin 2012)
 */
public record Ready10Assessment(
    long personId,
    Set<Ready10Criterion> met,
    Set<Ready10Criterion> missing,
    List<Reason> reasons,
    boolean qualifies,
    boolean counted,
    boolean activated) {

  public Ready10Assessment {
    met = Set.copyOf(met);
    missing = Set.copyOf(missing);
    reasons = List.copyOf(reasons);
  }
}

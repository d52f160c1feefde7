package app.rapport.warmpaths;

import app.rapport.contacts.ContactSummary;
import java.util.List;

/**
 * The answer to "how do I get into Fabrikam?": the people there the user already knows, and the
 * best paths to the others through people the user knows, best first.
 *
 * @param target the organisation's or the person's name
 * @param organizationId the organisation searched, or null for a person
 * @param peopleAtTarget how many people in Rapport work at the organisation (1 for a person)
 * @param peopleSearched how many of them the search started from (it is bounded)
 */
public record WarmPaths(
    String target,
    Long organizationId,
    long peopleAtTarget,
    int peopleSearched,
    List<Direct> direct,
    List<WarmPath> paths) {

  public WarmPaths {
    direct = List.copyOf(direct);
    paths = List.copyOf(paths);
  }

  /** Someone at the target the user knows themselves: no introduction needed. */
  public record Direct(ContactSummary person, double willingness, String explanation) {}

  public boolean isEmpty() {
    return direct.isEmpty() && paths.isEmpty();
  }
}

package app.rapport.warmpaths.web;

import app.rapport.contacts.ContactSummary;
import app.rapport.model.Reason;
import app.rapport.platform.db.Ids;
import app.rapport.warmpaths.WarmPath;
import app.rapport.warmpaths.WarmPaths;
import java.util.List;

/**
 * Warm paths as the JSON API shows them: {@code paths} best first, each with {@code contactIds}
 * from the person to ask to the target (at most two people between the user and the target), its
 * score and a plain explanation; {@code direct} the people at the target the user already knows.
 */
public record WarmPathsJson(
    String target,
    String organizationId,
    long peopleAtTarget,
    int peopleSearched,
    List<DirectJson> direct,
    List<PathJson> paths) {

  public record PersonJson(String id, String fullName, String company, String title) {

    static PersonJson of(ContactSummary c) {
      return new PersonJson(Ids.format(c.id()), c.fullName(), c.company(), c.title());
    }
  }

  public record PathJson(
      List<String> contactIds,
      List<PersonJson> people,
      int intermediaries,
      double score,
      String explanation,
      List<Reason> reasons) {

    static PathJson of(WarmPath p) {
      return new PathJson(
          p.people().stream().map(c -> Ids.format(c.id())).toList(),
          p.people().stream().map(PersonJson::of).toList(),
          p.intermediaries(),
          p.score(),
          p.explanation(),
          p.reasons());
    }
  }

  public record DirectJson(
      String contactId, String fullName, double willingness, String explanation) {}

  static WarmPathsJson of(WarmPaths found) {
    return new WarmPathsJson(
        found.target(),
        found.organizationId() == null ? null : Ids.format(found.organizationId()),
        found.peopleAtTarget(),
        found.peopleSearched(),
        found.direct().stream()
            .map(
                d ->
                    new DirectJson(
                        Ids.format(d.person().id()),
                        d.person().fullName(),
                        d.willingness(),
                        d.explanation()))
            .toList(),
        found.paths().stream().map(PathJson::of).toList());
  }
}

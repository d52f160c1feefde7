package app.rapport.introductions.web;

import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.introductions.KnowsLink;
import app.rapport.introductions.KnowsLinkService;
import app.rapport.introductions.PersonRef;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.Dates;
import java.util.List;
import java.util.Locale;

/**
 * The "Introductions" section of a person's page: who introduced the user to them, whom they
 * introduced (or offered, or were asked for), and a few of the people they know.
 */
public record PersonIntroductions(
    String id,
    String firstName,
    List<Introduction> introducedBy,
    PageResult<Introduction> made,
    PageResult<KnowsLink> knows,
    long colleaguesNow) {

  /** How many of each list a person's page shows; the introductions page shows the rest. */
  public static final int SHOWN = 5;

  public static PersonIntroductions of(
      IntroductionService introductions,
      KnowsLinkService knows,
      long account,
      long contactId,
      String firstName) {
    return new PersonIntroductions(
        Ids.format(contactId),
        firstName,
        introductions.introducing(account, contactId),
        introductions.introductionsBy(account, contactId, new PageRequest(0, SHOWN)),
        knows.of(account, contactId, new PageRequest(0, SHOWN)),
        knows.colleaguesNow(account, contactId));
  }

  public String self() {
    return "/people/" + id;
  }

  public String link(PersonRef p) {
    return "/people/" + Ids.format(p.contactId());
  }

  public String introductionId(Introduction i) {
    return Ids.format(i.id());
  }

  public String status(Introduction i) {
    return i.status().label().toLowerCase(Locale.ROOT) + ", " + Dates.shortWritten(i.occurredOn());
  }

  /** "made", "you asked for it": tells apart two introductions to the same person. */
  public String statusWord(Introduction i) {
    return i.status().label().toLowerCase(Locale.ROOT);
  }

  /**
   * "Mark as made", "Mark as met": the button that moves an introduction on, or null at the end.
   */
  public String nextStep(Introduction i) {
    IntroductionStatus next = i.status().next();
    if (next == null) {
      return null;
    }
    return switch (next) {
      case ASKED -> null;
      case OFFERED -> "Mark as offered";
      case MADE -> "Mark as made";
      case MET -> "Mark as met";
    };
  }

  public PersonRef other(KnowsLink l) {
    return l.otherThan(Ids.parse(id).orElseThrow());
  }

  public boolean isEmpty() {
    return introducedBy.isEmpty() && made.items().isEmpty() && knows.items().isEmpty();
  }
}

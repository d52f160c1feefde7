package app.rapport.keepintouch;

import app.rapport.model.ContactChannel;
import app.rapport.model.Relevance;
import app.rapport.model.Tier;
import java.time.LocalDate;
import java.util.List;

/**
 * What the Ready-10 is judged on for one person, read from the kept-up-to-date relationship: their
 * relevance to the user's targets, closeness, latent trust and warmth today, how long since two-way
 * contact, how they can be reached, and what the user said of them. Names are not part of it: the
 * Ready-10 weighs up to a thousand people and shows a few, so only those are named.
 */
public record ReadyFacts(
    long contactId,
    Tier tier,
    Relevance relevance,
    double closeness,
    double latentTrust,
    double warmth,
    double yearsSinceContact,
    LocalDate lastTwoWayOn,
    List<ContactChannel> channels,
    boolean knowsGoal,
    boolean revivedThisYear,
    boolean doNotContact) {

  public boolean inTarget() {
    return relevance.inTargetFieldOrCompany();
  }
}

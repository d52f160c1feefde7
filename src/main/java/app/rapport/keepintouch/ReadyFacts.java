package app.rapport.keepintouch;

import app.rapport.model.ContactChannel;
import app.rapport.model.Relevance;
import app.rapport.model.Tier;
import java.time.LocalDate;
import java.util.List;

/**
 * What the Ready-10 is judged on for one person, read from the kept-up-to-date relationship: who
 * they are, their relevance to the user's targets, closeness, latent trust and warmth today, how
 * long since two-way contact, how they can be reached, and what the user said of them.
 */
public record ReadyFacts(
    long contactId,
    String fullName,
    String title,
    String organization,
    Tier tier,
    Relevance relevance,
    String relevanceWhy,
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

  public String firstName() {
    int space = fullName.indexOf(' ');
    return space > 0 ? fullName.substring(0, space) : fullName;
  }
}

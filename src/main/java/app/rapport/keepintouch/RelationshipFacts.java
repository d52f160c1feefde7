package app.rapport.keepintouch;

import app.rapport.model.ContactChannel;
import app.rapport.model.Interaction;
import app.rapport.model.Tier;
import app.rapport.profile.PersonFacts;
import java.time.LocalDate;
import java.util.List;

/**
 * What the keep-in-touch model is given about one person when their relationship is brought up to
 * date: their tier and cadence, since when they are known, how they can be reached, every logged
 * touchpoint, where they work (for relevance), and what the user said of them (closeness, mutual
 * connections).
 */
record RelationshipFacts(
    long contactId,
    Tier tier,
    Integer cadenceDays,
    LocalDate knownSince,
    List<ContactChannel> channels,
    List<Interaction> interactions,
    PersonFacts person,
    Integer closenessRating,
    Integer mutualConnections) {

  boolean hasPersonalChannel() {
    return channels.stream().anyMatch(c -> c.working() && !c.employerOwned());
  }
}

package app.rapport.warmpaths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.ContactSummary;
import app.rapport.introductions.KnowsHow;
import app.rapport.introductions.KnowsLinkCommand;
import app.rapport.introductions.KnowsLinkService;
import app.rapport.introductions.PersonInput;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.KeepInTouchStatus;
import app.rapport.keepintouch.Willingness;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.platform.InvalidInput;
import app.rapport.support.DatabaseTestBase;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Warm paths ranked against hand-worked examples. Ann, Ben, Dee, Eve and Fay share one coffee with
 * the user, so the model gives them the same willingness W; the ranking then follows the links
 * alone, and each expected score is W times the arithmetic written beside it (§9.8, with the
 * model's calibrations: same employer over a year 0.9, under a year 0.6, same school 0.4, same
 * group 0.25, stated only 0.15; a personal link × 0.6; × 0.5 for a second intermediary).
 */
class WarmPathSearchTest extends DatabaseTestBase {

  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired KeepInTouchService keepInTouch;
  @Autowired KnowsLinkService knows;
  @Autowired WarmPathService warmPaths;

  Contact tom; // at Fabrikam: a target
  Contact uma; // at Fabrikam: a target
  Contact vic; // at Fabrikam, and the user knows Vic: someone to ask directly
  Contact ann;
  Contact ben;
  Contact carl; // the user does not know Carl
  Contact dee;
  Contact eve; // works at Northwind, like Carl
  Contact fay;
  Contact gus; // the user does not know Gus
  double w;

  private Contact person(String name, String company) {
    return person(name, company, null);
  }

  private Contact person(String name, String company, LocalDate knownSince) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            List.of(),
            List.of(),
            null,
            company,
            null,
            null,
            Tier.NETWORK,
            List.of(),
            null,
            null,
            knownSince,
            null));
  }

  private void link(
      Contact one, Contact two, KnowsHow how, Boolean professional, Integer from, Integer to) {
    knows.addKnowsLink(
        account.id(),
        new KnowsLinkCommand(
            PersonInput.of(one.id()),
            PersonInput.of(two.id()),
            how,
            professional,
            "Fabrikam",
            from,
            to,
            null));
  }

  @BeforeEach
  void network() {
    tom = person("Tom Target", "Fabrikam");
    uma = person("Uma Target", "Fabrikam");
    vic = person("Vic Inside", "Fabrikam");
    ann = person("Ann Lee", "Contoso");
    ben = person("Ben Ode", null);
    carl = person("Carl Mid", "Northwind");
    dee = person("Dee Far", null);
    eve = person("Eve Colleague", "Northwind");
    fay = person("Fay Distant", null);
    gus = person("Gus Mid", null);
    touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            clock.today().minusDays(3),
            Channel.MEAL,
            Direction.MUTUAL,
            List.of(ann.id(), ben.id(), dee.id(), eve.id(), fay.id(), vic.id()),
            "Reunion coffee",
            null,
            null,
            null));
    var status = keepInTouch.status(account.id(), ann.id());
    w = Math.max(status.closeness(), status.latentTrust());
    assertThat(w).isGreaterThan(0.3);

    // Ann worked with Tom at Fabrikam 2012-2018: 0.9 (over a year) × 1 (work) = 0.9
    link(ann, tom, KnowsHow.WORKED_TOGETHER, null, 2012, 2018);
    // Ben studied with Tom, privately: 0.4 × 0.6 = 0.24
    link(ben, tom, KnowsHow.STUDIED_TOGETHER, null, null, null);
    // Dee worked with Carl for years (0.9); Carl is in Uma's professional group (0.25 × 1)
    link(dee, carl, KnowsHow.WORKED_TOGETHER, null, 2015, 2020);
    link(carl, uma, KnowsHow.SAME_GROUP, true, null, null);
    // Fay knows Gus, Gus knows Carl: Fay is three people away from Uma, too far
    link(fay, gus, KnowsHow.OTHER, null, null, null);
    link(gus, carl, KnowsHow.OTHER, null, null, null);
    // a loop: Ben knows Dee, Dee knows Ann, Ann knows Ben
    link(ben, dee, KnowsHow.OTHER, null, null, null);
    link(dee, ann, KnowsHow.OTHER, null, null, null);
    link(ann, ben, KnowsHow.OTHER, null, null, null);
  }

  @Test
  void pathsAreRankedByTheModelsScore() {
    WarmPaths found = warmPaths.toOrganization(account.id(), "fabrikam");

    assertThat(found.target()).isEqualTo("Fabrikam");
    assertThat(found.peopleAtTarget()).isEqualTo(3);
    List<String> firstHops = new ArrayList<>();
    found.paths().forEach(p -> firstHops.add(p.firstHop().fullName()));
    // Ann: W × 0.9 = 0.9W
    // Ben: W × 0.24 = 0.24W (his loop through Ann to Tom scores less: W × 0.15 × 0.6 × 0.9 × 0.5)
    // Dee: W × 0.9 × 0.25 × 0.5 = 0.1125W (through Carl to Uma)
    // Eve: works with Carl at Northwind now: W × 0.6 × 0.25 × 0.5 = 0.075W
    assertThat(firstHops).containsExactly("Ann Lee", "Ben Ode", "Dee Far", "Eve Colleague");
    assertThat(found.paths().get(0).score()).isCloseTo(0.9 * w, within(1e-9));
    assertThat(found.paths().get(1).score()).isCloseTo(0.24 * w, within(1e-9));
    assertThat(found.paths().get(2).score()).isCloseTo(0.1125 * w, within(1e-9));
    assertThat(found.paths().get(3).score()).isCloseTo(0.075 * w, within(1e-9));

    assertThat(found.paths().get(0).people())
        .extracting(p -> p.fullName())
        .containsExactly("Ann Lee", "Tom Target");
    assertThat(found.paths().get(2).people())
        .extracting(p -> p.fullName())
        .containsExactly("Dee Far", "Carl Mid", "Uma Target");
    assertThat(found.paths().get(3).people())
        .extracting(p -> p.fullName())
        .containsExactly("Eve Colleague", "Carl Mid", "Uma Target");
  }

  @Test
  void eachPathIsExplainedInPlainWords() {
    WarmPaths found = warmPaths.toOrganization(account.id(), "Fabrikam");

    KeepInTouchStatus status = keepInTouch.status(account.id(), ann.id());
    String willing =
        WarmPathService.willingWords(
            "Ann Lee", new Willingness(status.closeness(), status.latentTrust()));
    assertThat(found.paths().get(0).explanation())
        .isEqualTo(willing + ", and worked with Tom Target at Fabrikam for six years.");
    assertThat(found.paths().get(2).explanation())
        .endsWith(
            ", and worked with Carl Mid at Fabrikam for five years;"
                + " Carl knows Uma Target through Fabrikam.");
    assertThat(found.paths().get(3).explanation())
        .endsWith(
            ", and works with Carl Mid at Northwind now; Carl knows Uma Target through Fabrikam.");
    assertThat(found.paths().get(1).reasons())
        .extracting(r -> r.text())
        .contains("One introduction away.");
  }

  @Test
  void someoneTheUserKnowsAtTheTargetIsListedToAskDirectly() {
    WarmPaths found = warmPaths.toOrganization(account.id(), "Fabrikam");

    assertThat(found.direct()).extracting(d -> d.person().fullName()).containsExactly("Vic Inside");
    assertThat(found.direct().get(0).explanation()).endsWith("you could ask Vic yourself.");
  }

  @Test
  void pathsToOnePersonAndNoPathThroughThreeIntermediaries() {
    WarmPaths toUma = warmPaths.toPerson(account.id(), uma.id());

    assertThat(toUma.paths())
        .extracting(p -> p.firstHop().fullName())
        .containsExactly("Dee Far", "Eve Colleague")
        .doesNotContain("Fay Distant");
  }

  @Test
  void deletedPeopleAndEndedRelationshipsAreNoWayIn() {
    contacts.deleteContact(account.id(), carl.id());
    keepInTouch.endRelationship(account.id(), ben.id());

    WarmPaths found = warmPaths.toOrganization(account.id(), "Fabrikam");

    assertThat(found.paths())
        .extracting(p -> p.firstHop().fullName())
        .containsExactly("Ann Lee", "Dee Far");
    // Dee now reaches Tom only around the loop, through Ann, whom Dee knows privately:
    // W × (0.15 × 0.6) × 0.9 × 0.5 = 0.0405W
    assertThat(found.paths().get(1).score()).isCloseTo(0.0405 * w, within(1e-9));
    assertThat(found.paths().get(1).people())
        .extracting(p -> p.fullName())
        .containsExactly("Dee Far", "Ann Lee", "Tom Target");
  }

  @Test
  void aPersonTheUserSaidTheyMetLeadsInAndADeletedOneDoesNot() {
    // Hal has no touchpoints, but the user said when they met: the user knows Hal
    Contact hal = person("Hal Met", null, clock.today().minusYears(20));
    // Ivy has neither, so the user does not know her: no way in through her
    Contact ivy = person("Ivy Stranger", null);
    link(hal, carl, KnowsHow.WORKED_TOGETHER, null, 2001, 2010);
    link(ivy, carl, KnowsHow.WORKED_TOGETHER, null, 2001, 2010);
    contacts.deleteContact(account.id(), dee.id());
    assertThat(keepInTouch.willingness(account.id(), List.of(hal.id())).get(hal.id()).value())
        .isGreaterThan(0);

    WarmPaths toUma = warmPaths.toPerson(account.id(), uma.id());

    // Dee, deleted, is no first hop, though she worked with Carl; Hal and Eve are
    assertThat(toUma.paths())
        .extracting(p -> p.firstHop().fullName())
        .containsExactlyInAnyOrder("Hal Met", "Eve Colleague");
    assertThat(toUma.paths())
        .filteredOn(p -> p.firstHop().id() == hal.id())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.people())
                    .extracting(ContactSummary::fullName)
                    .containsExactly("Hal Met", "Carl Mid", "Uma Target"));
  }

  @Test
  void anUnknownOrganisationIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> warmPaths.toOrganization(account.id(), "Initech"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).problems().get(0).message())
                    .contains("no organisation called Initech"));
  }

  @Test
  void askingForAnIntroductionCreatesAFollowUpWithAMessage() {
    IntroductionAsk ask =
        warmPaths.askForIntroduction(account.id(), List.of(dee.id(), carl.id(), uma.id()));

    assertThat(ask.followUp().contactId()).isEqualTo(dee.id());
    assertThat(ask.followUp().dueOn()).isEqualTo(clock.today());
    assertThat(ask.followUp().what())
        .startsWith("Ask Dee to introduce you to Carl Mid, who knows Uma Target at Fabrikam.");
    assertThat(ask.message())
        .startsWith("Hi Dee,")
        .contains("introduce me to Carl Mid?")
        .contains("not asking for a job");
    assertThat(ask.introduction().describe())
        .isEqualTo("You asked Dee Far to introduce you to Carl Mid");
    assertThat(keepInTouch.openFollowUpsFor(account.id(), dee.id())).hasSize(1);
  }
}

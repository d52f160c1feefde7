package app.rapport.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import app.rapport.contacts.CareerFacts;
import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.Seniority;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Ready10Criterion;
import app.rapport.model.Tier;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.db.Ids;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.profile.ProfileCommand;
import app.rapport.profile.ProfileService;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class HealthTest extends DatabaseTestBase {

  @Autowired HealthService health;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired ProfileService profiles;
  @Autowired OrganizationService organizations;
  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;

  private Contact person(String name, String industry, String emailLabel, Tier tier) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            List.of(
                new EmailAddress(name.toLowerCase().replace(' ', '.') + "@x.example", emailLabel)),
            List.of(),
            null,
            industry + " Org",
            "Manager",
            industry,
            tier,
            List.of(),
            null,
            null,
            clock.today().minusYears(10),
            null));
  }

  private void monthlyCoffee(Contact who, int months, LocalDate until) {
    for (int i = 0; i < months; i++) {
      touchpoints.logTouchpoint(
          account.id(),
          new TouchpointCommand(
              until.minusMonths(i),
              Channel.MEAL,
              Direction.MUTUAL,
              List.of(who.id()),
              "Coffee",
              null,
              null,
              null));
    }
  }

  private void target(String industry) {
    profiles.saveProfile(
        account.id(),
        profiles.get(account.id()).version(),
        new ProfileCommand(List.of(industry), List.of(), List.of(), true, 4));
  }

  @Test
  void withoutATargetThereIsNoMisleadingScore() throws Exception {
    Contact ana = person("Ana Ruiz", "Healthcare", "personal", Tier.ACTIVE);
    monthlyCoffee(ana, 12, clock.today().minusDays(5));
    NetworkHealth h = health.networkHealth(account.id());
    assertThat(h.relevanceJudged()).isFalse();
    assertThat(h.score()).isNull();
    assertThat(h.plan().get(0).text()).startsWith("Tell Rapport what you are looking for");
    var page =
        Html.of(
            mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/ready-10")));
    assertThat(page.text()).contains("cannot judge yet who could help");
    assertThat(page.select(".score")).isEmpty();
    new ApiClient(mvc, tokens)
        .get("/api/v1/network-health")
        .andExpect(jsonPath("$.score").doesNotExist())
        .andExpect(jsonPath("$.relevanceJudged").value(false));
  }

  @Test
  void countsWarmRelevantReachablePeopleAndNamesWhatNearMissesLack() throws Exception {
    target("Healthcare");
    Contact warm = person("Ana Ruiz", "Healthcare", "personal", Tier.ACTIVE);
    monthlyCoffee(warm, 12, clock.today().minusDays(5));
    Contact workOnly = person("Bob Lee", "Healthcare", "work", Tier.ACTIVE);
    monthlyCoffee(workOnly, 12, clock.today().minusDays(5));
    Contact other = person("Cleo Park", "Retail", "personal", Tier.ACTIVE);
    monthlyCoffee(other, 12, clock.today().minusDays(5));

    NetworkHealth h = health.networkHealth(account.id());
    assertThat(h.score()).isEqualTo(1);
    assertThat(h.qualifying())
        .extracting(NetworkHealth.Person::fullName)
        .containsExactly("Ana Ruiz");
    assertThat(h.nearMisses())
        .extracting(NetworkHealth.NearMiss::fullName, NetworkHealth.NearMiss::missing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Bob Lee", java.util.Set.of(Ready10Criterion.REACHABLE)),
            org.assertj.core.groups.Tuple.tuple(
                "Cleo Park", java.util.Set.of(Ready10Criterion.RELEVANT)));
    assertThat(h.plan())
        .extracting(NetworkHealth.Step::text)
        .contains(
            "Ask Bob Lee for a personal email or phone number: you can only reach Bob at work.")
        .contains(
            "Tell Ana Ruiz what you are looking for: people pass on openings when they know.");

    new ApiClient(mvc, tokens)
        .get("/api/v1/network-health")
        .andExpect(jsonPath("$.score").value(1))
        .andExpect(jsonPath("$.qualifying[0].contactId").value(Ids.format(warm.id())))
        .andExpect(jsonPath("$.qualifying[0].activated").value(false))
        .andExpect(jsonPath("$.nearMisses[0].contactId").value(Ids.format(workOnly.id())))
        .andExpect(jsonPath("$.nearMisses[0].missing[0]").value("REACHABLE"))
        .andExpect(jsonPath("$.plan").isArray());
  }

  @Test
  void aTargetOrganisationMakesItsPeopleRelevantAtOnce() {
    profiles.saveProfile(
        account.id(), 0, new ProfileCommand(List.of("Aerospace"), List.of(), List.of(), false, 4));
    Contact ana = person("Ana Ruiz", "Healthcare", "personal", Tier.ACTIVE);
    monthlyCoffee(ana, 12, clock.today().minusDays(5));
    assertThat(health.networkHealth(account.id()).score()).isZero();

    organizations.markTarget(
        account.id(), contacts.get(account.id(), ana.id()).organizationId(), true);
    assertThat(health.networkHealth(account.id()).score()).isEqualTo(1);
  }

  @Test
  void changingTheTargetsJudgesEveryoneAgain() {
    target("Retail");
    Contact ana = person("Ana Ruiz", "Healthcare", "personal", Tier.ACTIVE);
    monthlyCoffee(ana, 12, clock.today().minusDays(5));
    assertThat(health.networkHealth(account.id()).score()).isZero();
    target("Healthcare");
    assertThat(health.networkHealth(account.id()).score()).isEqualTo(1);
  }

  /**
   * Status (at or above the target role) is judged on write and kept: a title edited into a target
   * role counts at once, new target roles that no longer match the title take it away at once, and
   * a seniority above the role gives it back.
   */
  @Test
  void aRoleAtTheTargetCountsAsSoonAsTheTitleTheTargetsOrTheSeniorityChange() {
    profiles.saveProfile(
        account.id(),
        0,
        new ProfileCommand(List.of("Aerospace"), List.of("Director"), List.of(), false, 4));
    Contact bob = person("Bob Lee", "Retail", "personal", Tier.ACTIVE);
    monthlyCoffee(bob, 12, clock.today().minusDays(5));
    bob =
        contacts.editContact(
            account.id(),
            bob.id(),
            bob.version(),
            bob.toCommand().withCareer(new CareerFacts(null, null, true, null, null, null, false)));
    // Can refer (0.2) but not senior enough: not relevant.
    assertThat(health.networkHealth(account.id()).score()).isZero();

    bob =
        contacts.editContact(
            account.id(), bob.id(), bob.version(), titled(bob.toCommand(), "Director of Sales"));
    assertThat(health.networkHealth(account.id()).score()).isEqualTo(1);

    profiles.saveProfile(
        account.id(),
        profiles.get(account.id()).version(),
        new ProfileCommand(List.of("Aerospace"), List.of("Chief Executive"), List.of(), false, 4));
    assertThat(health.networkHealth(account.id()).score()).isZero();

    contacts.editContact(
        account.id(),
        bob.id(),
        bob.version(),
        bob.toCommand()
            .withCareer(new CareerFacts(null, Seniority.ABOVE, true, null, null, null, false)));
    assertThat(health.networkHealth(account.id()).score()).isEqualTo(1);
  }

  private static ContactCommand titled(ContactCommand c, String title) {
    return new ContactCommand(
        c.fullName(),
        c.emails(),
        c.phones(),
        c.linkedinUrl(),
        c.company(),
        title,
        c.industry(),
        c.tier(),
        c.tags(),
        c.notes(),
        c.howWeMet(),
        c.knownSince(),
        c.cadenceDays(),
        c.career(),
        c.birthday());
  }

  @Test
  void tellingSomeoneTheGoalActivatesThemAndDoNotContactLeavesThemOut() {
    target("Healthcare");
    Contact ana = person("Ana Ruiz", "Healthcare", "personal", Tier.ACTIVE);
    monthlyCoffee(ana, 12, clock.today().minusDays(5));
    Contact told =
        contacts.editContact(
            account.id(),
            ana.id(),
            ana.version(),
            ana.toCommand()
                .withCareer(new CareerFacts(null, null, false, clock.today(), null, null, false)));
    assertThat(health.networkHealth(account.id()).activated()).isEqualTo(1);

    contacts.editContact(
        account.id(),
        ana.id(),
        told.version(),
        told.toCommand()
            .withCareer(new CareerFacts(null, null, false, clock.today(), null, null, true)));
    assertThat(health.networkHealth(account.id()).score()).isZero();
  }

  @Test
  void theTrendKeepsOneSnapshotPerWeek() {
    target("Healthcare");
    assertThat(health.trend(account.id(), 4)).hasSize(1);
    clock.setDate(clock.today().plusWeeks(1));
    assertThat(health.trend(account.id(), 4)).hasSize(2);
    assertThat(health.trend(account.id(), 4)).hasSize(2);
  }
}

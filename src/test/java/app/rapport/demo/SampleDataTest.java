package app.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.health.HealthService;
import app.rapport.health.NetworkHealth;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.TodayItem;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample network is what a newcomer explores first: it must show every page alive. */
class SampleDataTest extends DatabaseTestBase {

  @Autowired SampleData sampleData;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired KeepInTouchService keepInTouch;
  @Autowired HealthService health;

  @Test
  void fillsAnEmptyAccountOnceWithALivingNetworkWhoseReadyTenIsSixWithAPlanToTen() {
    assertThat(sampleData.loadIfEmpty()).isTrue();
    assertThat(sampleData.loadIfEmpty()).isFalse();
    long people = contacts.list(account.id(), ContactFilter.all(), PageRequest.of(0, 1)).total();
    assertThat(people).isBetween(200L, 220L);
    assertThat(
            touchpoints
                .activity(
                    account.id(),
                    app.rapport.touchpoints.ActivityFilter.all(),
                    PageRequest.of(0, 1))
                .total())
        .isGreaterThan(1000);
    var plan = keepInTouch.today(account.id());
    assertThat(plan.ofKind(TodayItem.Kind.RECONNECT)).hasSize(2);
    assertThat(plan.ofKind(TodayItem.Kind.ASK)).hasSize(1);

    // The Ready-10 is six, with a plan whose steps lead to ten.
    NetworkHealth before = health.networkHealth(account.id());
    assertThat(before.score()).isEqualTo(6);
    List<String> steps = before.plan().stream().map(NetworkHealth.Step::text).toList();
    assertThat(steps)
        .anySatisfy(s -> assertThat(s).startsWith("Ask Ana Ruiz for a personal email"))
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith("Reconnect with Luis Fernández")
                    .contains("dormant 4 years"))
        .anySatisfy(s -> assertThat(s).startsWith("Spend time with Grace Okafor"))
        .anySatisfy(s -> assertThat(s).startsWith("Get back in touch with Henrik Lindqvist"));

    // Do what the plan says: a personal address for Ana, a coffee with each of the others.
    Contact ana = find("Ana Ruiz");
    var command = ana.toCommand();
    List<EmailAddress> emails = new ArrayList<>(command.emails());
    emails.add(new EmailAddress("ana.ruiz@mail.example", "personal"));
    contacts.editContact(
        account.id(),
        ana.id(),
        ana.version(),
        new app.rapport.contacts.ContactCommand(
            command.fullName(),
            emails,
            command.phones(),
            command.linkedinUrl(),
            command.company(),
            command.title(),
            command.industry(),
            command.tier(),
            command.tags(),
            command.notes(),
            command.howWeMet(),
            command.knownSince(),
            command.cadenceDays(),
            command.career()));
    for (String name : List.of("Luis Fernández", "Grace Okafor", "Henrik Lindqvist")) {
      touchpoints.logTouchpoint(
          account.id(),
          new TouchpointCommand(
              clock.today(),
              Channel.MEAL,
              Direction.MUTUAL,
              List.of(find(name).id()),
              "Coffee",
              null,
              null,
              null));
    }
    assertThat(health.networkHealth(account.id()).score()).isEqualTo(10);
  }

  private Contact find(String name) {
    var found =
        contacts.listFull(
            account.id(),
            new ContactFilter(name, null, null, ContactFilter.Sort.NAME),
            PageRequest.of(0, 5));
    return found.items().stream().filter(c -> c.fullName().equals(name)).findFirst().orElseThrow();
  }
}

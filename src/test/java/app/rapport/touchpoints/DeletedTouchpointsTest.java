package app.rapport.touchpoints;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.MergeChoices;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.support.DatabaseTestBase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deleted touchpoint leaves the timeline of each of its people, and its count, and comes back
 * with them when restored, whichever way its people came to it. Each person's row of a touchpoint
 * carries whether it is deleted, so that their timeline is read without the touchpoints themselves;
 * after every step the copy agrees with the touchpoint.
 */
class DeletedTouchpointsTest extends DatabaseTestBase {

  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired JdbcClient jdbc;

  private Contact person(String name) {
    return contacts.addContact(account.id(), ContactCommand.named(name));
  }

  private Touchpoint log(int daysAgo, Contact... people) {
    return touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            clock.today().minusDays(daysAgo),
            Channel.EMAIL,
            Direction.MUTUAL,
            Arrays.stream(people).map(Contact::id).toList(),
            "Catch-up",
            null,
            null,
            null));
  }

  /** The ids on the person's timeline, newest first, after checking its count says as many. */
  private List<Long> timeline(Contact person) {
    PageResult<Touchpoint> page =
        touchpoints.timeline(account.id(), person.id(), new PageRequest(0, 50));
    assertThat(page.total()).as(person.fullName() + "'s count").isEqualTo(page.items().size());
    return page.items().stream().map(Touchpoint::id).toList();
  }

  /** Rows of people whose copy of the deletion disagrees with their touchpoint. */
  private long outOfStep() {
    return jdbc.sql(
            """
            SELECT COUNT(*) FROM touchpoint_contact tc
              JOIN touchpoint t ON t.account_id = tc.account_id AND t.id = tc.touchpoint_id
             WHERE tc.account_id = :account
               AND ((t.deleted_at IS NULL AND tc.deleted = TRUE)
                 OR (t.deleted_at IS NOT NULL AND tc.deleted = FALSE))
            """)
        .param("account", account.id())
        .query(Long.class)
        .single();
  }

  @Test
  void aDeletedTouchpointLeavesTheTimelineOfEachOfItsPeopleUntilRestored() {
    Contact ana = person("Ana Ruiz");
    Contact bob = person("Bob Stone");
    Touchpoint both = log(3, ana, bob);
    Touchpoint onlyAna = log(5, ana);
    Touchpoint onlyBob = log(7, bob);

    touchpoints.deleteTouchpoint(account.id(), both.id());
    assertThat(timeline(ana)).containsExactly(onlyAna.id());
    assertThat(timeline(bob)).containsExactly(onlyBob.id());
    assertThat(outOfStep()).isZero();

    touchpoints.restoreTouchpoint(account.id(), both.id());
    assertThat(timeline(ana)).containsExactly(both.id(), onlyAna.id());
    assertThat(timeline(bob)).containsExactly(both.id(), onlyBob.id());
    assertThat(outOfStep()).isZero();

    // edited, its people are written again: still on both timelines, and then deleted from both
    Touchpoint edited = touchpoints.get(account.id(), both.id());
    touchpoints.editTouchpoint(
        account.id(),
        edited.id(),
        edited.version(),
        new TouchpointCommand(
            clock.today().minusDays(1),
            Channel.PHONE,
            Direction.MUTUAL,
            List.of(ana.id(), bob.id()),
            "Called instead",
            null,
            null,
            null));
    assertThat(timeline(ana)).containsExactly(both.id(), onlyAna.id());
    assertThat(timeline(bob)).containsExactly(both.id(), onlyBob.id());
    touchpoints.deleteTouchpoint(account.id(), both.id());
    assertThat(timeline(ana)).containsExactly(onlyAna.id());
    assertThat(timeline(bob)).containsExactly(onlyBob.id());
    assertThat(outOfStep()).isZero();
  }

  @Test
  void aDeletedSharedTouchpointStaysDeletedThroughAMergeAndItsUndo() {
    Contact ana = person("Ana Ruiz");
    Contact other = person("Ana Ruiz-Lopez");
    Touchpoint shared = log(3, ana, other);
    Touchpoint onlyAna = log(5, ana);
    Touchpoint onlyOther = log(7, other);
    touchpoints.deleteTouchpoint(account.id(), shared.id());

    var merge =
        contacts.mergeContacts(
            account.id(), ana.id(), ana.version(), other.id(), new MergeChoices(Map.of()));
    assertThat(timeline(ana)).containsExactly(onlyAna.id(), onlyOther.id());
    assertThat(outOfStep()).isZero();

    // undoing the merge adds the other person back to the shared touchpoint, which is still deleted
    contacts.undoMerge(account.id(), merge.id());
    assertThat(timeline(ana)).containsExactly(onlyAna.id());
    assertThat(timeline(other)).containsExactly(onlyOther.id());
    assertThat(outOfStep()).isZero();

    touchpoints.restoreTouchpoint(account.id(), shared.id());
    assertThat(timeline(ana)).containsExactly(shared.id(), onlyAna.id());
    assertThat(timeline(other)).containsExactly(shared.id(), onlyOther.id());
    assertThat(outOfStep()).isZero();
  }

  @Test
  void theTimelineOfAPersonWithManyTouchpointsCountsOnlyTheLiveOnes() {
    Contact ana = person("Ana Ruiz");
    List<Touchpoint> logged = new java.util.ArrayList<>();
    for (int day = 1; day <= 30; day++) {
      logged.add(log(day, ana));
    }
    for (int i = 0; i < logged.size(); i += 3) {
      touchpoints.deleteTouchpoint(account.id(), logged.get(i).id());
    }
    PageResult<Touchpoint> first =
        touchpoints.timeline(account.id(), ana.id(), new PageRequest(0, 10));
    assertThat(first.total()).isEqualTo(20);
    assertThat(first.items()).hasSize(10);
    PageResult<Touchpoint> last =
        touchpoints.timeline(account.id(), ana.id(), new PageRequest(1, 10));
    assertThat(last.items())
        .extracting(Touchpoint::occurredOn)
        .allMatch(on -> on.isBefore(first.items().get(9).occurredOn()));
    assertThat(
            java.util.stream.Stream.concat(first.items().stream(), last.items().stream())
                .map(Touchpoint::id))
        .doesNotContainAnyElementsOf(
            java.util.stream.IntStream.iterate(0, i -> i < logged.size(), i -> i + 3)
                .mapToObj(i -> logged.get(i).id())
                .toList());
  }
}

package app.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import app.rapport.profile.ProfileService;
import app.rapport.support.DatabaseTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The benchmark's generator: the same network for the same seed, with the declared counts. */
class SyntheticNetworkTest extends DatabaseTestBase {

  private static final long SEED = 42;

  @Autowired DataSource dataSource;
  @Autowired Database db;
  @Autowired PlatformTransactionManager transactions;
  @Autowired KeepInTouchService keepInTouch;
  @Autowired ProfileService profiles;
  @Autowired app.rapport.touchpoints.TouchpointService touchpoints;
  @Autowired ContactService contacts;
  @Autowired JdbcClient jdbc;

  @TempDir Path dir;

  @Test
  void theSameSeedGivesTheSameNetworkAndAnotherSeedAnother() throws Exception {
    SyntheticNetwork one = new SyntheticNetwork(SEED, NetworkSize.tiny(), clock.today());
    SyntheticNetwork two = new SyntheticNetwork(SEED, NetworkSize.tiny(), clock.today());
    SyntheticNetwork other = new SyntheticNetwork(SEED + 1, NetworkSize.tiny(), clock.today());

    assertThat(two.organizations()).isEqualTo(one.organizations());
    assertThat(two.people()).isEqualTo(one.people());
    assertThat(touchpoints(two)).isEqualTo(touchpoints(one));
    assertThat(two.searchPrefixes(20)).isEqualTo(one.searchPrefixes(20));
    one.writeLinkedInCsv(dir.resolve("one.csv"), 40);
    two.writeLinkedInCsv(dir.resolve("two.csv"), 40);
    assertThat(Files.readString(dir.resolve("two.csv")))
        .isEqualTo(Files.readString(dir.resolve("one.csv")));

    assertThat(other.people()).isNotEqualTo(one.people());
    assertThat(touchpoints(other)).isNotEqualTo(touchpoints(one));
  }

  @Test
  void theNetworkHasTheDeclaredShape() {
    NetworkSize size = NetworkSize.tiny();
    SyntheticNetwork network = new SyntheticNetwork(SEED, size, clock.today());
    List<SyntheticNetwork.Touchpoint> all = touchpoints(network);

    assertThat(network.people()).hasSize(size.people());
    assertThat(network.organizations()).hasSize(size.organizations());
    assertThat(all).hasSize(size.touchpoints());
    assertThat(all.stream().filter(t -> t.people()[0] == SyntheticNetwork.HEAVY))
        .hasSize(size.heavyTouchpoints());
    assertThat(all).allMatch(t -> !t.occurredOn().isAfter(clock.today()));
    assertThat(network.people().stream().map(p -> p.command().tier()).distinct())
        .hasSizeGreaterThan(3);
    assertThat(network.organizations().stream().map(SyntheticNetwork.Organization::name).distinct())
        .hasSize(size.organizations());
  }

  @Test
  void theLinkedInExportHasThePreambleTheHeaderAndTheRows() throws Exception {
    Path csv = dir.resolve("Connections.csv");
    new SyntheticNetwork(SEED, NetworkSize.tiny(), clock.today()).writeLinkedInCsv(csv, 25);

    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("Notes:");
    assertThat(lines.get(2)).isEmpty();
    assertThat(lines.get(3))
        .isEqualTo("First Name,Last Name,URL,Email Address,Company,Position,Connected On");
    assertThat(lines).hasSize(4 + 25);
    assertThat(lines.get(4)).matches(".*,https://www\\.linkedin\\.com/in/.*,\\d{2} \\w{3} \\d{4}");
  }

  @Test
  void loadingWritesTheDeclaredCountsAndTheAppCanReadThem() {
    NetworkSize size = NetworkSize.tiny();
    SyntheticNetwork network = new SyntheticNetwork(SEED, size, clock.today());
    long me = account.id();

    NetworkLoader.Loaded loaded =
        new NetworkLoader(dataSource, db, transactions, keepInTouch, profiles, touchpoints)
            .load(me, network);

    assertThat(count("contact", me)).isEqualTo(size.people());
    assertThat(count("organization", me)).isEqualTo(size.organizations());
    assertThat(count("touchpoint", me)).isEqualTo(size.touchpoints());
    assertThat(count("relationship", me)).isEqualTo(size.people());
    assertThat(count("contact_search", me)).isEqualTo(size.people());
    assertThat(loaded.counts())
        .containsEntry("people", (long) size.people())
        .containsEntry("touchpoints", (long) size.touchpoints())
        .containsEntry("touchpoint_participants", count("touchpoint_contact", me))
        .containsEntry("follow_ups", count("follow_up", me))
        .containsEntry("knows_links", count("knows_link", me))
        .containsEntry("introductions", count("introduction", me))
        .containsEntry("opportunities", count("opportunity", me));
    assertThat(count("knows_link", me)).isGreaterThanOrEqualTo(size.knowsLinks());
    assertThat(count("knows_edge", me)).isEqualTo(2 * count("knows_link", me));
    assertThat(count("introduction", me)).isPositive();
    assertThat(
            jdbc.sql(
                    "SELECT touchpoint_count FROM relationship WHERE account_id = :a AND contact_id = :c")
                .param("a", me)
                .param("c", loaded.heavyId())
                .query(Integer.class)
                .single())
        .isEqualTo(size.heavyTouchpoints());

    String heavyName = network.people().get(SyntheticNetwork.HEAVY).command().fullName();
    assertThat(
            contacts
                .list(me, new ContactFilter(heavyName, null, null, null), new PageRequest(0, 50))
                .items())
        .anySatisfy(person -> assertThat(person.id()).isEqualTo(loaded.heavyId()));
    assertThat(keepInTouch.today(me).isEmpty()).isFalse();
  }

  private long count(String table, long account) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE account_id = :a")
        .param("a", account)
        .query(Long.class)
        .single();
  }

  private static List<SyntheticNetwork.Touchpoint> touchpoints(SyntheticNetwork network) {
    List<SyntheticNetwork.Touchpoint> all = new ArrayList<>();
    network.touchpoints(all::add);
    return all;
  }
}

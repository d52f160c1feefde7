package app.rapport.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.DatabaseTestBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link Database#oneOf}: the same rows on both engines, whatever the number of ids. */
class IdListTest extends DatabaseTestBase {

  @Autowired Database db;
  @Autowired JdbcClient jdbc;

  private final List<Long> stored = new ArrayList<>();

  @BeforeEach
  void twelveHundredOrganizations() {
    Object now = db.instant(clock.instant());
    for (long i = 0; i < 1_200; i++) {
      long id = Ids.next();
      stored.add(id);
      jdbc.sql(
              "INSERT INTO organization (account_id, id, name, name_key, version, created_at,"
                  + " updated_at) VALUES (:account, :id, :name, :key, 1, :now, :now)")
          .param("account", account.id())
          .param("id", id)
          .param("name", "Organisation " + i)
          .param("key", "organisation " + i)
          .param("now", now)
          .update();
    }
  }

  private Set<Long> found(List<Long> ids) {
    return new HashSet<>(
        jdbc.sql(
                "SELECT id FROM organization WHERE account_id = :account AND "
                    + db.oneOf("id", "ids"))
            .param("account", account.id())
            .param("ids", db.ids(ids))
            .query(Long.class)
            .list());
  }

  @Test
  void oneIdFindsItsRow() {
    assertThat(found(List.of(stored.get(7)))).containsExactly(stored.get(7));
  }

  @Test
  void idsThatAreNotThereFindNothingAndDoNotHideTheOthers() {
    List<Long> ids = new ArrayList<>(LongStream.range(1, 4).boxed().toList());
    ids.add(stored.get(0));
    ids.add(stored.get(1_199));
    assertThat(found(ids)).containsExactlyInAnyOrder(stored.get(0), stored.get(1_199));
  }

  @Test
  void aThousandIdsFindTheirThousandRowsAndNoOthers() {
    List<Long> ids = stored.subList(100, 1_100);
    assertThat(found(ids)).hasSize(1_000).containsExactlyInAnyOrderElementsOf(ids);
  }
}

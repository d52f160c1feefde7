package app.rapport.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.DatabaseTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dates and instants read back through the app's own connections as they were written, on either
 * engine: SQLite's are read from the column's bytes, PostgreSQL's from its text or value.
 */
class StoredTimesTest extends DatabaseTestBase {

  @Autowired JdbcClient jdbc;
  @Autowired Database db;

  private record Read(LocalDate day, Instant at) {}

  @Test
  void datesAndInstantsReadBackAsWritten() {
    List<LocalDate> days =
        List.of(LocalDate.of(2026, 11, 26), LocalDate.of(1, 1, 1), LocalDate.of(2024, 2, 29));
    List<Instant> instants =
        List.of(
            Instant.parse("2026-11-26T09:15:00.123456Z"),
            Instant.parse("1970-01-01T00:00:00Z"),
            Instant.parse("2099-12-31T23:59:59.999999Z"));
    long id = 900_000_000_000L;
    for (int i = 0; i < days.size(); i++) {
      jdbc.sql(
              "INSERT INTO contact (account_id, id, full_name, sort_name, tier, known_since,"
                  + " version, created_at, updated_at) VALUES (:account, :id, 'A', 'a', 'NETWORK',"
                  + " :day, 1, :at, :at)")
          .param("account", account.id())
          .param("id", id + i)
          .param("day", days.get(i))
          .param("at", db.instant(instants.get(i)))
          .update();
    }
    jdbc.sql(
            "INSERT INTO contact (account_id, id, full_name, sort_name, tier, version, created_at,"
                + " updated_at) VALUES (:account, :id, 'B', 'b', 'NETWORK', 1, :at, :at)")
        .param("account", account.id())
        .param("id", id + days.size())
        .param("at", db.instant(instants.get(0)))
        .update();

    List<Read> read =
        jdbc.sql(
                "SELECT known_since, created_at FROM contact WHERE account_id = :account"
                    + " AND id >= :id ORDER BY id")
            .param("account", account.id())
            .param("id", id)
            .query(
                (rs, row) ->
                    new Read(Database.date(rs, "known_since"), db.instant(rs, "created_at")))
            .list();

    assertThat(read)
        .containsExactly(
            new Read(days.get(0), instants.get(0)),
            new Read(days.get(1), instants.get(1)),
            new Read(days.get(2), instants.get(2)),
            new Read(null, instants.get(0)));
  }
}

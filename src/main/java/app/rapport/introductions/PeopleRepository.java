package app.rapport.introductions;

import app.rapport.platform.Text;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads people (the contacts feature's table) by exact name and by id, for naming in forms. */
@Repository
class PeopleRepository {

  private final JdbcClient jdbc;

  PeopleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The live people whose folded name is exactly this one, at most {@code limit}. */
  List<Long> named(long account, String name, int limit) {
    return jdbc.sql(
            """
            SELECT id FROM contact
             WHERE account_id = :account AND sort_name = :key AND deleted_at IS NULL
             ORDER BY sort_name, id
             LIMIT :limit
            """)
        .param("account", account)
        .param("key", Text.fold(name))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** The names of those of these people who are not deleted. */
  Map<Long, String> live(long account, Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql(
            "SELECT id, full_name FROM contact"
                + " WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL")
        .param("account", account)
        .param("ids", ids)
        .query(
            rs -> {
              names.put(rs.getLong("id"), rs.getString("full_name"));
            });
    return names;
  }
}

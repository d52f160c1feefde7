package app.rapport.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.DatabaseTestBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every foreign key in the schema, as the migrations leave it on this engine, has an index that
 * begins with its referencing columns. Removing a row makes the database find the rows that refer
 * to it; without such an index it reads the whole referring table once per row removed (undoing an
 * import of 27,000 people took two minutes for want of one). Keys to the account are left out:
 * accounts are never removed.
 *
 * <p>A partial index counts only when its condition is that one of the key's columns is not null:
 * both engines use it for an equality on that column, which every check of the key is.
 */
class ForeignKeyIndexesTest extends DatabaseTestBase {

  @Autowired JdbcClient jdbc;
  @Autowired Database db;

  /** A foreign key: the referring table and its columns, and the table referred to. */
  private record Key(String table, List<String> columns, String parent) {
    @Override
    public String toString() {
      return table + " (" + String.join(", ", columns) + ") -> " + parent;
    }
  }

  /** An index: its table and columns in order, and its condition (null when it has none). */
  private record Index(String table, List<String> columns, String condition) {

    boolean serves(Key key) {
      if (!table.equals(key.table()) || columns.size() < key.columns().size()) {
        return false;
      }
      Set<String> leading = new TreeSet<>(columns.subList(0, key.columns().size()));
      if (!leading.equals(new TreeSet<>(key.columns()))) {
        return false;
      }
      if (condition == null) {
        return true;
      }
      String plain = condition.toLowerCase(Locale.ROOT).replaceAll("[()\\s]+", " ").strip();
      return key.columns().stream().anyMatch(c -> plain.equals(c + " is not null"));
    }
  }

  @Test
  void everyForeignKeyHasAnIndexOnItsReferringColumns() {
    List<Key> keys = db.isSqlite() ? sqliteKeys() : postgresKeys();
    List<Index> indexes = db.isSqlite() ? sqliteIndexes() : postgresIndexes();
    assertThat(keys).as("the schema's foreign keys").hasSizeGreaterThan(20);

    List<Key> unindexed =
        keys.stream()
            .filter(k -> !k.parent().equals("account"))
            .filter(k -> indexes.stream().noneMatch(i -> i.serves(k)))
            .toList();

    assertThat(unindexed).as("foreign keys without an index on their columns").isEmpty();
  }

  @Test
  void aPartialIndexOnOtherConditionsDoesNotCount() {
    Key key = new Key("contact", List.of("account_id", "organization_id"), "organization");
    assertThat(
            new Index(
                    "contact",
                    List.of("account_id", "organization_id", "sort_name"),
                    "deleted_at IS NULL")
                .serves(key))
        .isFalse();
    assertThat(
            new Index(
                    "contact",
                    List.of("organization_id", "account_id"),
                    "(organization_id IS NOT NULL)")
                .serves(key))
        .isTrue();
    assertThat(new Index("contact", List.of("account_id"), null).serves(key)).isFalse();
  }

  // ---- SQLite ----------------------------------------------------------------------------------

  private List<String> sqliteTables() {
    return jdbc.sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " AND sql NOT LIKE 'CREATE VIRTUAL%'")
        .query(String.class)
        .list();
  }

  private List<Key> sqliteKeys() {
    List<Key> keys = new ArrayList<>();
    for (String table : sqliteTables()) {
      Map<Integer, List<String>> columns = new LinkedHashMap<>();
      Map<Integer, String> parents = new LinkedHashMap<>();
      jdbc.sql("SELECT id, \"table\" AS parent, \"from\" AS col FROM pragma_foreign_key_list(?)")
          .param(table)
          .query(
              rs -> {
                columns
                    .computeIfAbsent(rs.getInt("id"), i -> new ArrayList<>())
                    .add(rs.getString("col"));
                parents.put(rs.getInt("id"), rs.getString("parent"));
              });
      columns.forEach((id, cols) -> keys.add(new Key(table, cols, parents.get(id))));
    }
    return keys;
  }

  private List<Index> sqliteIndexes() {
    List<Index> indexes = new ArrayList<>();
    for (String table : sqliteTables()) {
      List<String> primaryKey =
          jdbc.sql("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk")
              .param(table)
              .query(String.class)
              .list();
      if (!primaryKey.isEmpty()) {
        indexes.add(new Index(table, primaryKey, null));
      }
      for (Map<String, Object> index :
          jdbc.sql("SELECT name, partial FROM pragma_index_list(?)")
              .param(table)
              .query()
              .listOfRows()) {
        String name = (String) index.get("name");
        List<String> cols =
            jdbc.sql("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                .param(name)
                .query(String.class)
                .list();
        String condition = null;
        if (((Number) index.get("partial")).intValue() == 1) {
          String sql =
              jdbc.sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")
                  .param(name)
                  .query(String.class)
                  .single();
          condition = sql.substring(sql.toUpperCase(Locale.ROOT).lastIndexOf(" WHERE ") + 7);
        }
        indexes.add(new Index(table, cols, condition));
      }
    }
    return indexes;
  }

  // ---- PostgreSQL ------------------------------------------------------------------------------

  private List<Key> postgresKeys() {
    return jdbc.sql(
            """
            SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                                          JOIN pg_attribute a
                                            ON a.attrelid = c.conrelid AND a.attnum = k.n
                                         ORDER BY k.o), ',') AS cols
              FROM pg_constraint c
             WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
            """)
        .query(
            (rs, row) ->
                new Key(
                    rs.getString("child"),
                    Arrays.asList(rs.getString("cols").split(",")),
                    rs.getString("parent")))
        .list();
  }

  private List<Index> postgresIndexes() {
    return jdbc.sql(
            """
            SELECT i.indrelid::regclass::text AS tbl, pg_get_expr(i.indpred, i.indrelid) AS cond,
                   array_to_string(ARRAY(SELECT a.attname
                                           FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o)
                                           JOIN pg_attribute a
                                             ON a.attrelid = i.indrelid AND a.attnum = k.n
                                          ORDER BY k.o), ',') AS cols
              FROM pg_index i
              JOIN pg_class t ON t.oid = i.indrelid
             WHERE t.relnamespace = current_schema()::regnamespace
            """)
        .query(
            (rs, row) ->
                new Index(
                    rs.getString("tbl"),
                    Arrays.asList(rs.getString("cols").split(",")),
                    rs.getString("cond")))
        .list();
  }
}

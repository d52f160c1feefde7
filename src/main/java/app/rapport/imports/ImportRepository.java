package app.rapport.imports;

import app.rapport.contacts.ContactAddition;
import app.rapport.imports.read.ColumnMapping;
import app.rapport.imports.read.PersonField;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ImportRepository {

  /** Problems kept word for word per import; the rest are counted. */
  static final int ERRORS_KEPT = 200;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Database db;
  private final JsonMapper json;

  ImportRepository(JdbcClient jdbc, JdbcTemplate template, Database db, JsonMapper json) {
    this.jdbc = jdbc;
    this.template = template;
    this.db = db;
    this.json = json;
  }

  void insert(
      long account,
      long id,
      String fileName,
      long bytes,
      String storedFile,
      String format,
      ImportPhase phase,
      ImportStatus status,
      ColumnMapping columns,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO import_batch
              (account_id, id, file_name, file_bytes, stored_file, format, phase, status,
               column_mapping, created_at)
            VALUES (:account, :id, :name, :bytes, :stored, :format, :phase, :status, :columns, :now)
            """)
        .param("account", account)
        .param("id", id)
        .param("name", fileName)
        .param("bytes", bytes)
        .param("stored", storedFile)
        .param("format", format)
        .param("phase", phase.name())
        .param("status", status.name())
        .param("columns", columns == null ? null : writeColumns(columns))
        .param("now", db.instant(now))
        .update();
  }

  Optional<ImportBatch> find(long account, long id) {
    return jdbc.sql("SELECT * FROM import_batch WHERE account_id = :account AND id = :id")
        .param("account", account)
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** Where the upload of an import waits, if it is still kept. */
  Optional<String> storedFile(long account, long id) {
    return jdbc.sql(
            "SELECT stored_file FROM import_batch WHERE account_id = :account AND id = :id"
                + " AND stored_file IS NOT NULL")
        .param("account", account)
        .param("id", id)
        .query(String.class)
        .optional();
  }

  List<ImportBatch> recent(long account, PageRequest page) {
    return jdbc.sql(
            "SELECT * FROM import_batch WHERE account_id = :account"
                + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
        .param("account", account)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(this::map)
        .list();
  }

  long count(long account) {
    return jdbc.sql("SELECT COUNT(*) FROM import_batch WHERE account_id = :account")
        .param("account", account)
        .query(Long.class)
        .single();
  }

  /**
   * Moves an import to a new phase, running, if it is where {@code from} says: answers whether it
   * was (so that two clicks on "Import" start one import).
   */
  boolean start(
      long account,
      long id,
      ImportPhase from,
      ImportStatus fromStatus,
      ImportPhase to,
      ColumnMapping columns) {
    return jdbc.sql(
                """
                UPDATE import_batch
                   SET phase = :to, status = 'RUNNING', failure = NULL,
                       column_mapping = COALESCE(:columns, column_mapping)
                 WHERE account_id = :account AND id = :id AND phase = :from AND status = :status
                   AND stored_file IS NOT NULL
                """)
            .param("account", account)
            .param("id", id)
            .param("from", from.name())
            .param("status", fromStatus.name())
            .param("to", to.name())
            .param("columns", columns == null ? null : writeColumns(columns))
            .update()
        == 1;
  }

  /**
   * Saves what a phase counted, and whether it finished or failed. A failed one wrote nothing, so
   * only what was read and the problems are kept.
   */
  void finish(long account, long id, ImportStatus status, ImportTally tally, Instant now) {
    boolean done = status != ImportStatus.FAILED;
    jdbc.sql(
            """
            UPDATE import_batch
               SET status = :status, rows_read = :rowsRead, created = :created, updated = :updated,
                   unchanged = :unchanged, skipped = :skipped, possible_duplicates = :duplicates,
                   touchpoints = :touchpoints, error_count = :errorCount, errors = :errors,
                   warnings = :warnings, skipped_reasons = :skippedReasons, failure = :failure,
                   finished_at = :now
             WHERE account_id = :account AND id = :id
            """)
        .param("account", account)
        .param("id", id)
        .param("status", status.name())
        .param("rowsRead", tally.rowsRead())
        .param("created", done ? tally.created() : 0)
        .param("updated", done ? tally.updated() : 0)
        .param("unchanged", done ? tally.unchanged() : 0)
        .param("skipped", done ? tally.skipped() : 0)
        .param("duplicates", done ? tally.possibleDuplicates() : 0)
        .param("touchpoints", done ? tally.touchpoints() : 0)
        .param("errorCount", tally.errorCount())
        .param("errors", json.writeValueAsString(tally.errors()))
        .param("warnings", json.writeValueAsString(tally.warnings()))
        .param("skippedReasons", json.writeValueAsString(done ? tally.skippedReasons() : List.of()))
        .param("failure", tally.failure())
        .param("now", db.instant(now))
        .update();
  }

  void forgetFile(long account, long id) {
    jdbc.sql("UPDATE import_batch SET stored_file = NULL WHERE account_id = :account AND id = :id")
        .param("account", account)
        .param("id", id)
        .update();
  }

  boolean markUndone(long account, long id, Instant now) {
    return jdbc.sql(
                "UPDATE import_batch SET undone_at = :now WHERE account_id = :account AND id = :id"
                    + " AND undone_at IS NULL AND phase = 'IMPORT' AND status = 'DONE'")
            .param("account", account)
            .param("id", id)
            .param("now", db.instant(now))
            .update()
        == 1;
  }

  /** Imports left running when Rapport stopped: their transaction never committed. */
  List<long[]> running() {
    return jdbc.sql("SELECT account_id, id FROM import_batch WHERE status = 'RUNNING'")
        .query((rs, row) -> new long[] {rs.getLong("account_id"), rs.getLong("id")})
        .list();
  }

  /** Uploads kept for a preview nobody confirmed since {@code before}. */
  List<long[]> keptSince(Instant before) {
    return jdbc.sql(
            "SELECT account_id, id FROM import_batch WHERE stored_file IS NOT NULL"
                + " AND status <> 'RUNNING' AND created_at < :before")
        .param("before", db.instant(before))
        .query((rs, row) -> new long[] {rs.getLong("account_id"), rs.getLong("id")})
        .list();
  }

  // ---- what an import added to people already there, for undo ---------------------------------

  void saveAdditions(long account, long batch, int part, List<ContactAddition> additions) {
    if (additions.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(additions.size());
    for (ContactAddition addition : additions) {
      rows.add(
          new Object[] {
            account, batch, addition.contactId(), part, json.writeValueAsString(addition)
          });
    }
    template.batchUpdate(
        "INSERT INTO import_change (account_id, batch_id, contact_id, part, added)"
            + " VALUES (?, ?, ?, ?, ?)",
        rows);
  }

  List<ContactAddition> additions(long account, long batch) {
    return jdbc.sql(
            "SELECT added FROM import_change WHERE account_id = :account AND batch_id = :batch"
                + " ORDER BY part DESC, contact_id")
        .param("account", account)
        .param("batch", batch)
        .query((rs, row) -> json.readValue(rs.getString("added"), ContactAddition.class))
        .list();
  }

  // ---- mapping ---------------------------------------------------------------------------------

  private String writeColumns(ColumnMapping columns) {
    return json.writeValueAsString(columns.fields().stream().map(PersonField::name).toList());
  }

  private ColumnMapping readColumns(String text) {
    if (text == null) {
      return null;
    }
    List<String> names = json.readValue(text, new TypeReference<List<String>>() {});
    return new ColumnMapping(names.stream().map(PersonField::valueOf).toList());
  }

  private <T> List<T> list(String text, TypeReference<List<T>> type) {
    return text == null ? List.of() : json.readValue(text, type);
  }

  private ImportBatch map(ResultSet rs, int row) throws SQLException {
    return new ImportBatch(
        rs.getLong("id"),
        rs.getString("file_name"),
        rs.getLong("file_bytes"),
        rs.getString("format"),
        ImportPhase.valueOf(rs.getString("phase")),
        ImportStatus.valueOf(rs.getString("status")),
        readColumns(rs.getString("column_mapping")),
        rs.getInt("rows_read"),
        rs.getInt("created"),
        rs.getInt("updated"),
        rs.getInt("unchanged"),
        rs.getInt("skipped"),
        rs.getInt("possible_duplicates"),
        rs.getInt("touchpoints"),
        rs.getInt("error_count"),
        list(rs.getString("errors"), new TypeReference<List<ImportError>>() {}),
        list(rs.getString("warnings"), new TypeReference<List<String>>() {}),
        list(rs.getString("skipped_reasons"), new TypeReference<List<SkippedCount>>() {}),
        rs.getString("failure"),
        rs.getString("stored_file") != null,
        db.instant(rs, "created_at"),
        db.instant(rs, "finished_at"),
        db.instant(rs, "undone_at"));
  }
}

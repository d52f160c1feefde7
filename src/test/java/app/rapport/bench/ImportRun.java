package app.rapport.bench;

import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.LinkedInProfiles;
import app.rapport.model.Tier;
import app.rapport.platform.Text;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LinkedIn import, timed end to end through the API ({@code POST /api/v1/imports}, then {@code
 * GET /api/v1/imports/{id}} until it is done), against its floor: the same rows written by plain
 * JDBC batches into the same database in the same run — the organisations, people, emails, search
 * index rows and relationship rows the import has to store, with no parsing rules, no matching of
 * people already there and no keep-in-touch computation. The floor is written in an account of its
 * own and removed afterwards.
 */
final class ImportRun {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter SQLITE_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** Where the database is, as the app was told. */
  record Target(String jdbcUrl, String user, String password) {
    boolean isSqlite() {
      return jdbcUrl.startsWith("jdbc:sqlite:");
    }
  }

  private final LoadDriver driver;
  private final Probes.Fixture fixture;

  ImportRun(LoadDriver driver, Probes.Fixture fixture) {
    this.driver = driver;
    this.fixture = fixture;
  }

  /** Runs the import (if the app has it) and the floor; answers the metric's JSON. */
  Map<String, Object> run(Path csv, int rows, Target target) throws Exception {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rows", rows);
    HttpResponse<String> started = post(csv);
    Double seconds = null;
    String id = null;
    if (started.statusCode() == 404 || started.statusCode() == 405) {
      json.put("skipped", "endpoint not present");
    } else if (started.statusCode() / 100 != 2) {
      json.put("error", "HTTP " + started.statusCode() + ": " + started.body());
    } else {
      id = JSON.readTree(started.body()).path("id").asString();
      seconds = awaitDone(started);
    }
    double floor = floor(csv, target);
    json.put("floor_seconds", LoadDriver.round(floor));
    if (seconds != null) {
      json.put("seconds", LoadDriver.round(seconds));
      json.put("ratio", LoadDriver.round(seconds / floor));
      json.put("target_ratio", 2.0);
      json.put("met", seconds / floor <= 2.0);
      json.put("duplicates_seconds", duplicates());
      json.put("undo_seconds", undo(id));
    }
    return json;
  }

  /**
   * The first page of possible duplicates with their count, once, with the import's people there:
   * after an import many pairs share a name.
   */
  private double duplicates() throws IOException, InterruptedException {
    return timed(
        "Listing possible duplicates", fixture.api("/api/v1/contacts/duplicates").GET().build());
  }

  /** Undoes the import through the API (one request, one transaction); answers its seconds. */
  private double undo(String id) throws IOException, InterruptedException {
    return timed(
        "Undoing the import",
        fixture
            .api("/api/v1/imports/" + id + "/undo")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  /** One request's seconds, from sending to its whole answer; anything but 200 fails the run. */
  private double timed(String what, HttpRequest request) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response = driver.send(request);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          what + " failed: HTTP " + response.statusCode() + ": " + response.body());
    }
    return LoadDriver.round(seconds);
  }

  private long postedAt;

  private HttpResponse<String> post(Path csv) throws IOException, InterruptedException {
    String boundary = "bench-" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Connections.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        fixture
            .api("/api/v1/imports")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofByteArray(head),
                    HttpRequest.BodyPublishers.ofFile(csv),
                    HttpRequest.BodyPublishers.ofByteArray(tail)))
            .build();
    postedAt = System.nanoTime();
    return driver.send(request);
  }

  private double awaitDone(HttpResponse<String> started) throws Exception {
    JsonNode body = JSON.readTree(started.body());
    String id = body.path("id").asString();
    URI location = URI.create("/api/v1/imports/" + id);
    long deadline = System.nanoTime() + 15L * 60 * 1_000_000_000L;
    while (true) {
      String status = body.path("status").asString();
      if ("DONE".equals(status)) {
        return (System.nanoTime() - postedAt) / 1e9;
      }
      if ("FAILED".equals(status)) {
        throw new IllegalStateException("The import failed: " + body);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The import did not finish in 15 minutes: " + body);
      }
      Thread.sleep(50);
      body = JSON.readTree(driver.send(fixture.api(location.toString()).GET().build()).body());
    }
  }

  // ---- the floor -------------------------------------------------------------------------------

  private record Row(
      String given, String family, String url, String email, String company, String position) {}

  static double floor(Path csv, Target target) throws IOException, SQLException {
    long account = -System.nanoTime() & Long.MAX_VALUE;
    Properties properties = new Properties();
    if (target.user() != null) {
      properties.setProperty("user", target.user());
    }
    if (target.password() != null) {
      properties.setProperty("password", target.password());
    }
    if (target.isSqlite()) {
      // BEGIN IMMEDIATE, as the app's connections do (platform.db.DatabaseConfig): a deferred
      // transaction whose first write meets a commit by the running app (its scheduler, say)
      // fails with SQLITE_BUSY_SNAPSHOT at once, where an immediate one waits for the lock
      properties.setProperty("transaction_mode", "IMMEDIATE");
    }
    try (Connection c = DriverManager.getConnection(target.jdbcUrl(), properties)) {
      if (target.isSqlite()) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA synchronous = FULL");
          s.execute("PRAGMA foreign_keys = ON");
          s.execute("PRAGMA busy_timeout = 10000");
          // the app's page cache and memory map (platform.db.DatabaseConfig), so that the floor
          // and the import read and write the file the same way
          s.execute("PRAGMA cache_size = -32768");
          s.execute("PRAGMA mmap_size = 268435456");
        }
      }
      long start = System.nanoTime();
      List<Row> rows = read(csv);
      write(c, target, account, rows);
      double seconds = (System.nanoTime() - start) / 1e9;
      remove(c, target, account);
      return seconds;
    }
  }

  private static List<Row> read(Path csv) throws IOException {
    List<Row> rows = new ArrayList<>();
    boolean header = false;
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (!header) {
        header = line.startsWith("First Name,");
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      List<String> f = split(line);
      rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5)));
    }
    return rows;
  }

  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static void write(Connection c, Target target, long account, List<Row> rows)
      throws SQLException {
    boolean sqlite = target.isSqlite();
    Instant now = Instant.now();
    Object at = sqlite ? SQLITE_INSTANT.format(now) : now.atOffset(ZoneOffset.UTC);
    c.setAutoCommit(false);
    try (PreparedStatement acc =
            c.prepareStatement("INSERT INTO account (id, name, created_at) VALUES (?, ?, ?)");
        PreparedStatement org =
            c.prepareStatement(
                "INSERT INTO organization (account_id, id, name, name_key, version, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)");
        PreparedStatement person =
            c.prepareStatement(
                "INSERT INTO contact (account_id, id, full_name, sort_name, organization_id, title,"
                    + " tier, linkedin_url, linkedin_key, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'NETWORK', ?, ?, 1, ?, ?)");
        PreparedStatement email =
            c.prepareStatement(
                "INSERT INTO contact_email (account_id, contact_id, position, address, address_key,"
                    + " label) VALUES (?, ?, 0, ?, ?, NULL)");
        PreparedStatement search =
            c.prepareStatement(
                sqlite
                    ? "INSERT INTO contact_search (rowid, body, account_id) VALUES (?, ?, ?)"
                    : "INSERT INTO contact_search (contact_id, body, account_id) VALUES (?, ?, ?)");
        PreparedStatement relationship =
            c.prepareStatement(
                "INSERT INTO relationship (account_id, contact_id, tier) VALUES (?, ?, 'NETWORK')")) {
      acc.setLong(1, account);
      acc.setString(2, "Import floor");
      acc.setObject(3, at);
      acc.executeUpdate();
      Map<String, Long> organizations = new HashMap<>();
      for (Row row : rows) {
        if (!row.company().isEmpty() && !organizations.containsKey(Text.fold(row.company()))) {
          long id = app.rapport.platform.db.Ids.next();
          organizations.put(Text.fold(row.company()), id);
          org.setLong(1, account);
          org.setLong(2, id);
          org.setString(3, row.company());
          org.setString(4, Text.fold(row.company()));
          org.setObject(5, at);
          org.setObject(6, at);
          org.addBatch();
        }
      }
      org.executeBatch();
      int n = 0;
      for (Row row : rows) {
        long id = app.rapport.platform.db.Ids.next();
        String name = (row.given() + " " + row.family()).trim();
        person.setLong(1, account);
        person.setLong(2, id);
        person.setString(3, name);
        person.setString(4, Text.fold(name));
        Long organization = organizations.get(Text.fold(row.company()));
        if (organization == null) {
          person.setNull(5, Types.BIGINT);
        } else {
          person.setLong(5, organization);
        }
        person.setString(6, row.position().isEmpty() ? null : row.position());
        person.setString(7, row.url());
        person.setString(8, LinkedInProfiles.key(row.url()));
        person.setObject(9, at);
        person.setObject(10, at);
        person.addBatch();
        if (!row.email().isEmpty()) {
          email.setLong(1, account);
          email.setLong(2, id);
          email.setString(3, row.email());
          email.setString(4, new EmailAddress(row.email(), null).key());
          email.addBatch();
        }
        search.setLong(1, id);
        search.setString(
            2,
            ContactService.searchBody(
                new ContactCommand(
                    name,
                    row.email().isEmpty()
                        ? List.of()
                        : List.of(new EmailAddress(row.email(), null)),
                    List.of(),
                    row.url(),
                    row.company().isEmpty() ? null : row.company(),
                    row.position().isEmpty() ? null : row.position(),
                    null,
                    Tier.NETWORK,
                    List.of(),
                    null,
                    null,
                    null,
                    null)));
        search.setLong(3, account);
        search.addBatch();
        relationship.setLong(1, account);
        relationship.setLong(2, id);
        relationship.addBatch();
        if (++n % NetworkLoader.BATCH == 0) {
          person.executeBatch();
          email.executeBatch();
          search.executeBatch();
          relationship.executeBatch();
        }
      }
      person.executeBatch();
      email.executeBatch();
      search.executeBatch();
      relationship.executeBatch();
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static void remove(Connection c, Target target, long account) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "relationship",
              "contact_search",
              "contact_email",
              "contact",
              "organization",
              "account")) {
        String column = table.equals("account") ? "id" : "account_id";
        s.executeUpdate("DELETE FROM " + table + " WHERE " + column + " = " + account);
      }
      c.commit();
    } finally {
      c.setAutoCommit(true);
    }
  }
}

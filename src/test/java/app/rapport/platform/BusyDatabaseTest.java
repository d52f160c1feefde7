package app.rapport.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.rapport.platform.db.Database;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.support.ApiClient;
import app.rapport.support.DatabaseTestBase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A request that arrives while another writer holds SQLite's write lock (a long import is one
 * transaction) waits, then is told plainly that Rapport is busy, with nothing changed; once the
 * writer is done, every request works again, each in a transaction of its own.
 */
class BusyDatabaseTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ApiTokenStore tokens;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired Database db;

  @BeforeEach
  void onSqliteOnly() {
    Assumptions.assumeTrue(db.isSqlite(), "only SQLite has a single write lock");
  }

  /** Takes the write lock the way an import does: a write transaction left open. */
  private Connection holdTheWriteLock() throws SQLException {
    Connection importer = dataSource.getConnection();
    importer.setAutoCommit(false);
    try (Statement statement = importer.createStatement()) {
      statement.executeUpdate("UPDATE account SET name = name WHERE id = " + account.id());
    }
    return importer;
  }

  private int people() {
    return jdbc.sql("SELECT count(*) FROM contact WHERE account_id = :account")
        .param("account", account.id())
        .query(Integer.class)
        .single();
  }

  @Test
  void aWriteDuringAnotherWritersTransactionIsRefusedAsBusyAndTheNextOnesWork() throws Exception {
    ApiClient api = new ApiClient(mvc, tokens);
    Connection importer = holdTheWriteLock();
    try {
      api.post("/api/v1/contacts", "{\"fullName\":\"While importing\"}")
          .andExpect(status().isServiceUnavailable())
          .andExpect(header().string("Retry-After", "30"))
          .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
          .andExpect(jsonPath("$.title").value("Rapport is busy"))
          .andExpect(jsonPath("$.detail", containsString("nothing was changed")));
      mvc.perform(post("/people").with(csrf()).param("fullName", "From the form"))
          .andExpect(status().isServiceUnavailable())
          .andExpect(content().string(containsString("Rapport is busy")))
          .andExpect(content().string(containsString("Back button")));
    } finally {
      importer.rollback();
      importer.setAutoCommit(true);
      importer.close();
    }
    assertThat(people()).isZero();

    for (int i = 1; i <= 10; i++) {
      api.post("/api/v1/contacts", "{\"fullName\":\"After " + i + "\"}")
          .andExpect(status().isCreated());
    }
    assertThat(people()).isEqualTo(10);
  }
}

package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rapport.platform.db.Database;
import app.rapport.support.DatabaseTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How SQLite reads possible duplicates. It plans without statistics, and given a pair's condition
 * {@code second.id > first.id} it preferred reading the second person by that range of the primary
 * key, once per person: after an import of 27,000 people the list took more than three minutes.
 * Each kind of pair must find its second person by the key they share.
 */
class DuplicatePlanTest extends DatabaseTestBase {

  @Autowired JdbcClient jdbc;
  @Autowired Database db;

  @Test
  void theSecondOfEachPairIsFoundByTheSharedKey() {
    assumeTrue(db.isSqlite(), "the plan of SQLite, which has no statistics to go by");

    List<String> plan =
        jdbc.sql("EXPLAIN QUERY PLAN " + ContactMergeRepository.PAIRS)
            .param("account", account.id())
            .query((rs, row) -> rs.getString("detail"))
            .list();

    assertThat(plan)
        .as("the plan of the duplicate search")
        .anySatisfy(
            step ->
                assertThat(step).contains("contact_by_linkedin (account_id=? AND linkedin_key=?)"))
        .anySatisfy(
            step ->
                assertThat(step).contains("contact_email_by_key (account_id=? AND address_key=?)"))
        .anySatisfy(
            step -> assertThat(step).contains("contact_phone_by_e164 (account_id=? AND e164=?)"))
        .anySatisfy(
            step -> assertThat(step).contains("contact_by_name (account_id=? AND sort_name=?"))
        .noneSatisfy(
            step ->
                assertThat(step).containsPattern("\\(account_id=\\? AND (contact_)?id[<>]\\?\\)"));
  }
}

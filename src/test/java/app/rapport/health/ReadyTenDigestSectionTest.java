package app.rapport.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contacts.ContactService;
import app.rapport.profile.ProfileCommand;
import app.rapport.profile.ProfileService;
import app.rapport.reminders.DigestSection;
import app.rapport.support.DatabaseTestBase;
import app.rapport.touchpoints.TouchpointService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The weekly email's Ready-10: the score, and how it moved since last week's. */
class ReadyTenDigestSectionTest extends DatabaseTestBase {

  @Autowired ReadyTenDigestSection section;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired ProfileService profiles;
  @Autowired JdbcClient jdbc;

  private void oneWarmRelevantPerson() {
    profiles.saveProfile(
        account.id(),
        profiles.get(account.id()).version(),
        new ProfileCommand(List.of("Healthcare"), List.of(), List.of(), true, 4));
    WarmPeople.add(
        contacts, touchpoints, account.id(), clock.today(), "Ana Ruiz", "Healthcare", "personal");
  }

  private void weeks(Integer lastWeek, int thisWeek) {
    LocalDate monday = HealthService.weekOf(clock.today());
    jdbc.sql("DELETE FROM health_snapshot WHERE account_id = :account")
        .param("account", account.id())
        .update();
    for (Object[] week : new Object[][] {{monday.minusWeeks(1), lastWeek}, {monday, thisWeek}}) {
      jdbc.sql(
              "INSERT INTO health_snapshot (account_id, week_start, ready10, qualifying, activated)"
                  + " VALUES (:account, :week, :score, 0, 0)")
          .param("account", account.id())
          .param("week", week[0])
          .param("score", week[1])
          .update();
    }
  }

  private String introduction() {
    return section
        .section(account.id(), clock.today())
        .map(DigestSection::introduction)
        .orElseThrow();
  }

  @Test
  void theScoreSaysHowItMovedSinceLastWeek() {
    oneWarmRelevantPerson();
    assertThat(introduction()).isEqualTo("1 out of 10 people could help you right now.");

    weeks(3, 3);
    assertThat(introduction())
        .isEqualTo("1 out of 10 people could help you right now (down from 3 last week).");
  }

  @Test
  void aRisingScoreSaysUpAndAnUnchangedOneSaysAsLastWeek() {
    oneWarmRelevantPerson();
    weeks(0, 1);
    assertThat(introduction())
        .isEqualTo("1 out of 10 people could help you right now (up from 0 last week).");
    jdbc.sql("UPDATE health_snapshot SET ready10 = 1 WHERE account_id = :account")
        .param("account", account.id())
        .update();
    assertThat(introduction())
        .isEqualTo("1 out of 10 people could help you right now (as last week).");
  }
}

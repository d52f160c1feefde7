package app.rapport.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.support.DatabaseTestBase;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A host that sets the mail server in its configuration (spring.mail.*, the password from the
 * environment) and the weekly email's address (rapport.digest.to) needs nothing in Settings.
 */
class MailFromPropertiesTest extends DatabaseTestBase {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("rapport", "from-env"))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    registry.add("spring.mail.username", () -> "rapport");
    registry.add("spring.mail.password", () -> "from-env");
    registry.add("rapport.digest.to", () -> "host-owner@example.com");
  }

  @Autowired RemindersService reminders;

  @BeforeEach
  void anEmptyInboxAndTheRightPassword() throws Exception {
    mail.purgeEmailFromAllMailboxes();
    mail.getUserManager().getUserByEmail("rapport").setPassword("from-env");
  }

  @Test
  void theConfiguredServerAndAddressAreUsedAndTheSettingsSayWhereTheyComeFrom() throws Exception {
    MailServer server = reminders.mailServer(account.id());
    assertThat(server.source()).isEqualTo(MailServer.Source.PROPERTIES);
    assertThat(server.host()).isEqualTo("127.0.0.1");
    assertThat(server.username()).isEqualTo("rapport");
    assertThat(server.passwordSaved()).isTrue();
    assertThat(reminders.digestSettings(account.id()).to()).isEqualTo("host-owner@example.com");

    reminders.saveDigestSettings(
        account.id(),
        reminders.digestSettings(account.id()).version(),
        new DigestCommand(true, null, DayOfWeek.MONDAY, 8, ZoneId.of("Europe/Oslo")));
    MailCheck check = reminders.sendTestEmail(account.id());

    assertThat(check.sent()).as(String.valueOf(check.problem())).isTrue();
    assertThat(check.to()).isEqualTo("host-owner@example.com");
    MimeMessage[] received = Inbox.received(mail, 1);
    assertThat(received[0].getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("host-owner@example.com");
  }

  @Test
  void aWrongPasswordFromTheEnvironmentIsReportedInPlainWords() {
    mail.getUserManager().getUserByEmail("rapport").setPassword("changed");
    reminders.saveDigestSettings(
        account.id(),
        reminders.digestSettings(account.id()).version(),
        new DigestCommand(true, null, DayOfWeek.MONDAY, 8, ZoneId.of("Europe/Oslo")));

    MailCheck check = reminders.sendTestEmail(account.id());

    assertThat(check.sent()).isFalse();
    assertThat(check.problem()).doesNotContain("Exception");
    assertThat(mail.getReceivedMessages()).isEmpty();
  }
}

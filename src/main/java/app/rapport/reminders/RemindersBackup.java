package app.rapport.reminders;

import app.rapport.backup.BackupReader;
import app.rapport.backup.BackupSection;
import app.rapport.backup.BackupWriter;
import java.time.DayOfWeek;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The weekly email's settings and the mail server set in Settings, in a backup. Two secrets stay
 * out: the calendar link (a restored Rapport makes a new one, so a copy of the backup cannot read
 * the user's calendar) and the mail server's password (sealed with the key of this data folder,
 * which the backup does not carry); Settings asks for the password again.
 */
@Component
class RemindersBackup implements BackupSection {

  record Item(
      boolean digestEnabled,
      String digestTo,
      DayOfWeek digestDay,
      int digestHour,
      String timeZone,
      MailServerItem mailServer) {}

  record MailServerItem(
      String host, int port, MailServer.Security security, String username, String fromAddress) {}

  private final ReminderSettingsRepository settings;
  private final RemindersService reminders;

  RemindersBackup(ReminderSettingsRepository settings, RemindersService reminders) {
    this.settings = settings;
    this.reminders = reminders;
  }

  @Override
  public String name() {
    return "reminders";
  }

  @Override
  public int order() {
    return 90;
  }

  /** Settings are not data the user made: a Rapport that has them can still take a backup. */
  @Override
  public boolean hasData(long account) {
    return false;
  }

  @Override
  public void write(long account, BackupWriter out) {
    settings
        .digest(account)
        .ifPresent(
            digest ->
                out.write(
                    new Item(
                        digest.enabled(),
                        digest.to(),
                        digest.day(),
                        digest.hour(),
                        digest.timeZone().getId(),
                        settings
                            .mailServer(account)
                            .map(
                                s ->
                                    new MailServerItem(
                                        s.host(),
                                        s.port(),
                                        s.security(),
                                        s.username(),
                                        s.fromAddress()))
                            .orElse(null))));
  }

  @Override
  public void restore(long account, BackupReader in) {
    in.read(
        Item.class,
        1,
        items -> {
          for (Item item : items) {
            // an address from the environment (rapport.digest.to) is not in the backup
            boolean addressed =
                item.digestTo() != null || reminders.digestSettings(account).to() != null;
            DigestCommand digest =
                DigestCommand.parse(
                    item.digestEnabled() && addressed,
                    item.digestTo(),
                    item.digestDay() == null ? null : item.digestDay().name(),
                    String.valueOf(item.digestHour()),
                    item.timeZone() == null ? ZoneId.systemDefault().getId() : item.timeZone());
            reminders.saveDigestSettings(
                account, reminders.digestSettings(account).version(), digest);
            MailServerItem server = item.mailServer();
            if (server != null) {
              reminders.saveMailServer(
                  account,
                  new MailServerCommand(
                      server.host(),
                      server.port(),
                      server.security(),
                      server.username(),
                      null,
                      server.fromAddress()));
            }
          }
        });
  }
}

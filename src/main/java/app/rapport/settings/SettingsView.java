package app.rapport.settings;

import app.rapport.backup.DatabaseCopies;
import app.rapport.reminders.CalendarLink;
import java.util.List;

/**
 * What the settings page shows.
 *
 * @param canCopyDatabase whether Rapport can copy its database while it runs (SQLite; PostgreSQL is
 *     backed up with its own tools)
 * @param copies the copies already in the backups folder, newest first
 */
public record SettingsView(
    String dataDirectory,
    String database,
    String apiToken,
    String apiTokenFile,
    CalendarLink calendar,
    DigestFormView digest,
    MailServerFormView mailServer,
    boolean canCopyDatabase,
    String backupsDirectory,
    List<DatabaseCopies.Copy> copies) {

  /** "2.4 MB", "512 KB". */
  public String size(DatabaseCopies.Copy copy) {
    long bytes = copy.bytes();
    return bytes >= 1024 * 1024
        ? String.format(java.util.Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0))
        : Math.max(1, bytes / 1024) + " KB";
  }
}

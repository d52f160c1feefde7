package app.rapport.settings;

import app.rapport.reminders.CalendarLink;

/** What the settings page shows. */
public record SettingsView(
    String dataDirectory,
    String database,
    String apiToken,
    String apiTokenFile,
    CalendarLink calendar,
    DigestFormView digest,
    MailServerFormView mailServer) {}

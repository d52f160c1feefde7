package app.rapport.settings;

/** What the settings page shows. */
public record SettingsView(
    String dataDirectory, String database, String apiToken, String apiTokenFile) {}

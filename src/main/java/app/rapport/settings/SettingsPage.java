package app.rapport.settings;

import app.rapport.platform.RapportProperties;
import app.rapport.platform.db.Database;
import app.rapport.platform.security.ApiTokenStore;
import app.rapport.platform.web.Dates;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.SelectOption;
import app.rapport.reminders.DigestSettings;
import app.rapport.reminders.DigestStatus;
import app.rapport.reminders.MailServer;
import app.rapport.reminders.RemindersService;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the settings page together, with the forms as typed when one of them is re-shown. */
@Component
class SettingsPage {

  /** Region time zones (Europe/Oslo), without the aliases no one picks (Etc/GMT+5, SystemV/…). */
  private static final List<SelectOption> TIME_ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
          .filter(id -> Character.isUpperCase(id.charAt(0)))
          .sorted()
          .map(id -> new SelectOption(id, id.replace('_', ' ')))
          .collect(
              java.util.stream.Collectors.collectingAndThen(
                  java.util.stream.Collectors.toList(),
                  list -> {
                    List<SelectOption> all = new ArrayList<>(list);
                    all.add(new SelectOption("UTC", "UTC"));
                    return List.copyOf(all);
                  }));

  private static final List<SelectOption> DAYS =
      List.of(DayOfWeek.values()).stream()
          .map(d -> new SelectOption(d.name(), d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
          .toList();

  private static final List<SelectOption> HOURS =
      IntStream.range(0, 24)
          .mapToObj(h -> new SelectOption(String.valueOf(h), String.format("%02d:00", h)))
          .toList();

  private static final List<SelectOption> SECURITIES =
      List.of(
          new SelectOption("STARTTLS", "STARTTLS: encrypted after connecting (usually port 587)"),
          new SelectOption("TLS", "TLS: encrypted from the start (usually port 465)"),
          new SelectOption("NONE", "None: only for a mail server on this computer"));

  private final RapportProperties properties;
  private final Database database;
  private final ApiTokenStore tokens;
  private final RemindersService reminders;
  private final app.rapport.backup.DatabaseCopies copies;

  SettingsPage(
      RapportProperties properties,
      Database database,
      ApiTokenStore tokens,
      RemindersService reminders,
      app.rapport.backup.DatabaseCopies copies) {
    this.properties = properties;
    this.database = database;
    this.tokens = tokens;
    this.reminders = reminders;
    this.copies = copies;
  }

  /** The page as stored. */
  String show(long account, Model model) {
    return show(account, model, null, FormErrors.none(), null, FormErrors.none());
  }

  /** The page with one form as the user typed it, beside its problems. */
  String show(
      long account,
      Model model,
      DigestForm digestForm,
      FormErrors digestErrors,
      MailServerForm mailForm,
      FormErrors mailErrors) {
    DigestSettings digest = reminders.digestSettings(account);
    MailServer mail = reminders.mailServer(account);
    model.addAttribute(
        "settings",
        new SettingsView(
            properties.dataDir().toString(),
            database.isSqlite()
                ? "SQLite, in the file rapport.db in that folder"
                : "PostgreSQL, on the server named in the configuration",
            tokens.current(),
            tokens.file().toString(),
            reminders.calendarLink(account),
            new DigestFormView(
                digestForm != null ? digestForm : DigestForm.of(digest),
                digestErrors,
                next(digest),
                lastSent(reminders.digestStatus(account), digest.timeZone()),
                waiting(reminders.digestStatus(account), digest.timeZone()),
                DAYS,
                HOURS,
                zones(digest.timeZone())),
            new MailServerFormView(
                mailForm != null ? mailForm : MailServerForm.of(mail),
                mailErrors,
                mail,
                SECURITIES),
            copies.supported(),
            copies.directory().toString(),
            copies.supported() ? copies.list() : java.util.List.of()));
    return "settings/index";
  }

  /** "The next one goes on Monday 30 November 2026 at 08:00 (Europe/Oslo)." */
  static String next(DigestSettings digest) {
    if (!digest.enabled() || digest.nextDigestAt() == null) {
      return null;
    }
    var at = digest.nextDigestAt().atZone(digest.timeZone());
    return "The next one goes on "
        + Dates.written(at.toLocalDate())
        + String.format(" at %02d:%02d", at.getHour(), at.getMinute())
        + " ("
        + digest.timeZone().getId().replace('_', ' ')
        + ").";
  }

  /** "The last one went to ana@example.com on Monday 30 November 2026 at 08:00." */
  static String lastSent(DigestStatus status, ZoneId zone) {
    if (status.lastSentAt() == null) {
      return null;
    }
    return "The last one went to "
        + status.lastSentTo()
        + " on "
        + when(status.lastSentAt(), zone)
        + ".";
  }

  /** "One email is waiting to be sent: could not connect to …. Rapport tries again on …." */
  static String waiting(DigestStatus status, ZoneId zone) {
    if (status.waitingSince() == null) {
      return null;
    }
    return "One email is waiting to be sent: "
        + status.problem()
        + ". Rapport tries again on "
        + when(status.nextAttemptAt(), zone)
        + ", and keeps trying until it goes.";
  }

  private static String when(java.time.Instant instant, ZoneId zone) {
    var at = instant.atZone(zone);
    return Dates.written(at.toLocalDate())
        + String.format(" at %02d:%02d", at.getHour(), at.getMinute());
  }

  private static List<SelectOption> zones(ZoneId current) {
    if (TIME_ZONES.stream().anyMatch(o -> o.value().equals(current.getId()))) {
      return TIME_ZONES;
    }
    List<SelectOption> all = new ArrayList<>(TIME_ZONES);
    all.add(0, new SelectOption(current.getId(), current.getId()));
    return all;
  }
}

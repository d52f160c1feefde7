package app.rapport.settings;

import app.rapport.reminders.DigestSettings;

/** The weekly email's form, as typed. */
public record DigestForm(
    boolean enabled, String to, String day, String hour, String timeZone, int version) {

  static DigestForm of(DigestSettings s) {
    return new DigestForm(
        s.enabled(),
        s.to() == null ? "" : s.to(),
        s.day().name(),
        String.valueOf(s.hour()),
        s.timeZone().getId(),
        s.version());
  }
}

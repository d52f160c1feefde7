package app.rapport.reminders;

import java.util.List;

/** What the weekly email's HTML template shows; every link is a full address. */
public record DigestEmailView(
    String subject,
    String dateLine,
    List<Section> sections,
    String appUrl,
    String settingsUrl,
    String unsubscribeUrl) {

  /** A part of the email. */
  public record Section(
      String heading, String introduction, List<Item> items, String linkText, String linkUrl) {}

  /** A line of a part. */
  public record Item(String headline, String reason, String opener, String url) {}
}

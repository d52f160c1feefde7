package app.rapport.imports.read;

import app.rapport.model.Direction;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * LinkedIn's Invitations.csv. "Sent At" is US style ("1/29/26, 2:37 PM") in local time with no
 * zone, or ISO ("2021-08-01 10:00:00") in older files; the camelCase profile columns arrived in
 * late 2023.
 */
final class LinkedInInvitations extends BaseReader<ImportedInvitation> {

  private static final List<DateTimeFormatter> SENT_AT =
      List.of(
          us("M/d/yy, h:mm a"),
          us("M/d/uuuu, h:mm a"),
          us("M/d/yy h:mm a"),
          us("uuuu-MM-dd HH:mm:ss"),
          us("uuuu-MM-dd HH:mm"),
          us("uuuu-MM-dd'T'HH:mm:ss"));

  private final ByteSource source;
  private final ReadLimits limits;
  private CsvFile file;
  private int from;
  private int to;
  private int sentAt;
  private int message;
  private int direction;
  private int inviterUrl;
  private int inviteeUrl;

  LinkedInInvitations(ByteSource source, ReadLimits limits) {
    super(new ReportBuilder("Row", limits));
    this.source = source;
    this.limits = limits;
  }

  private static DateTimeFormatter us(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.US);
  }

  @Override
  protected void open() throws IOException {
    file = CsvFile.open(source, ImportFormat.LINKEDIN_INVITATIONS, limits, report);
    CsvHeader header = file.header();
    from = header.indexOf("From");
    to = header.indexOf("To");
    sentAt = header.indexOf("Sent At");
    message = header.indexOf("Message");
    direction = header.indexOf("Direction");
    inviterUrl = header.indexOf("inviterProfileUrl");
    inviteeUrl = header.indexOf("inviteeProfileUrl");
  }

  @Override
  protected ImportedInvitation readNext() {
    CsvTable.Row row = file.nextRow();
    if (row == null) {
      return null;
    }
    String rawSentAt = row.cell(sentAt);
    LocalDateTime when = parse(rawSentAt);
    if (rawSentAt != null && when == null) {
      report.problem(
          row.number(),
          "The date \""
              + rawSentAt
              + "\" is not one Rapport can read; the invitation was kept"
              + " without it.");
    }
    String way = row.cell(direction);
    return new ImportedInvitation(
        row.cell(from),
        row.cell(to),
        when,
        row.cell(message),
        "OUTGOING".equalsIgnoreCase(way)
            ? Direction.OUTBOUND
            : "INCOMING".equalsIgnoreCase(way) ? Direction.INBOUND : null,
        row.cell(inviterUrl),
        row.cell(inviteeUrl),
        row.number());
  }

  static LocalDateTime parse(String raw) {
    if (raw == null) {
      return null;
    }
    // Newer Unicode data puts a narrow no-break space before AM/PM.
    String text = raw.replace('\u202F', ' ').replace('\u00A0', ' ').strip();
    for (DateTimeFormatter formatter : SENT_AT) {
      try {
        return LocalDateTime.parse(text, formatter);
      } catch (DateTimeParseException e) {
        // Try the next spelling.
      }
    }
    return null;
  }

  /** The export's owner as an invitation shows them, or null. */
  static AccountOwner ownerOf(ImportedInvitation invitation) {
    if (invitation.direction() == Direction.OUTBOUND
        && (invitation.fromName() != null || invitation.inviterProfileUrl() != null)) {
      return new AccountOwner(invitation.fromName(), invitation.inviterProfileUrl());
    }
    if (invitation.direction() == Direction.INBOUND
        && (invitation.toName() != null || invitation.inviteeProfileUrl() != null)) {
      return new AccountOwner(invitation.toName(), invitation.inviteeProfileUrl());
    }
    return null;
  }

  @Override
  protected int position() {
    return file == null ? 0 : file.position();
  }

  @Override
  protected void release() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}

package app.rapport.imports.read;

import app.rapport.model.Direction;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * LinkedIn's messages.csv in its eras: 9 columns until early 2023, then "RECIPIENT PROFILE URLS",
 * then the draft and attachment columns, and since 2026 every field quoted with real line breaks in
 * CONTENT. Columns are found by name.
 *
 * <p>The owner, when not given, is found in a first pass over the file: the one participant present
 * in every conversation, as sender or recipient, matched by profile address where the file has them
 * and by name where it does not. With fewer than two conversations, or two people in all of them,
 * it cannot be told.
 */
final class LinkedInMessages extends BaseReader<ImportedMessage> implements LinkedInMessagesReader {

  private static final DateTimeFormatter LINKEDIN_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[ 'UTC']", Locale.ROOT)
          // 2024-02-30 is refused, not moved to the 29th
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  /** "Ph.D.", "PhD", "MBA", "Jr.": what people put after a comma in their LinkedIn name. */
  private static final java.util.regex.Pattern CREDENTIAL =
      java.util.regex.Pattern.compile(
          "(?:[A-Z][A-Za-z]{0,3}\\.){1,3}|[A-Z]{2,6}|Ph\\.?D\\.?|[JS]r\\.?|I{2,3}|IV");

  static final String OWNER_UNKNOWN =
      "Rapport could not tell which participant is you, so the messages are recorded as sent by"
          + " you (\"I reached out\"). Where they wrote to you, change it on the touchpoint.";

  private final ByteSource source;
  private final ReadLimits limits;
  private final Supplier<AccountOwner> ownerHint;
  private AccountOwner owner;
  private CsvFile file;
  private Columns columns;

  private record Columns(
      int conversation,
      int title,
      int from,
      int senderUrl,
      int to,
      int recipientUrls,
      int date,
      int subject,
      int content,
      int folder,
      int draft) {

    static Columns of(CsvHeader header) {
      return new Columns(
          header.indexOf("CONVERSATION ID"),
          header.indexOf("CONVERSATION TITLE"),
          header.indexOf("FROM"),
          header.indexOf("SENDER PROFILE URL"),
          header.indexOf("TO"),
          header.indexOf("RECIPIENT PROFILE URLS"),
          header.indexOf("DATE"),
          header.indexOf("SUBJECT"),
          header.indexOf("CONTENT"),
          header.indexOf("FOLDER"),
          header.indexOf("IS MESSAGE DRAFT"));
    }
  }

  LinkedInMessages(
      ByteSource source, ReadLimits limits, AccountOwner owner, Supplier<AccountOwner> ownerHint) {
    super(new ReportBuilder("Row", limits));
    this.source = source;
    this.limits = limits;
    this.owner = owner;
    this.ownerHint = ownerHint;
  }

  @Override
  public Optional<AccountOwner> owner() {
    ensureOpen();
    return Optional.ofNullable(owner);
  }

  @Override
  protected void open() throws IOException {
    file = CsvFile.open(source, ImportFormat.LINKEDIN_MESSAGES, limits, report);
    columns = Columns.of(file.header());
    if (owner == null && ownerHint != null) {
      owner = ownerHint.get();
    }
    if (owner == null) {
      owner = findOwner();
    }
    if (owner == null) {
      report.warning(OWNER_UNKNOWN);
    }
  }

  @Override
  protected ImportedMessage readNext() {
    for (CsvTable.Row row = file.nextRow(); row != null; row = file.nextRow()) {
      String rawDate = row.cell(columns.date());
      Instant sentAt = instant(rawDate);
      if (sentAt == null) {
        report.problem(
            row.number(),
            rawDate == null
                ? "This message has no date, so it was skipped."
                : "The date \""
                    + rawDate
                    + "\" is not one Rapport can read; the message was skipped.");
        continue;
      }
      String fromName = row.cell(columns.from());
      String fromUrl = row.cell(columns.senderUrl());
      String to = row.cell(columns.to());
      List<String> toUrls = split(row.cell(columns.recipientUrls()));
      String content = row.cell(columns.content());
      return new ImportedMessage(
          row.cell(columns.conversation()),
          row.cell(columns.title()),
          fromName,
          fromUrl,
          to,
          names(to, toUrls),
          toUrls,
          sentAt,
          row.cell(columns.subject()),
          content,
          row.cell(columns.folder()),
          "yes".equalsIgnoreCase(row.cell(columns.draft())),
          fromUrl == null && content != null && content.contains("spinmail"),
          direction(fromName, fromUrl),
          row.number());
    }
    return null;
  }

  private Direction direction(String fromName, String fromUrl) {
    if (owner == null) {
      return null;
    }
    String ownerSlug = LinkedInUrls.slug(owner.profileUrl());
    String senderSlug = LinkedInUrls.slug(fromUrl);
    boolean sentByOwner;
    if (ownerSlug != null && senderSlug != null) {
      sentByOwner = ownerSlug.equals(senderSlug);
    } else {
      sentByOwner = owner.name() != null && owner.name().equalsIgnoreCase(fromName);
    }
    return sentByOwner ? Direction.OUTBOUND : Direction.INBOUND;
  }

  static Instant instant(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(raw, LINKEDIN_UTC).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // Some tools rewrite the date as ISO 8601.
    }
    try {
      return OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** LinkedIn joins the profile addresses of several recipients with a comma. */
  static List<String> split(String urls) {
    List<String> parts = new ArrayList<>();
    if (urls == null) {
      return parts;
    }
    for (String part : urls.split(",")) {
      String cleaned = Text.clean(part);
      if (cleaned != null) {
        parts.add(cleaned);
      }
    }
    return parts;
  }

  /**
   * The recipients' names one by one. Names may hold ", " themselves ("Jane Doe, Ph.D."), so the
   * text is split only when that gives as many names as there are profile addresses, after putting
   * parts that look like credentials back onto the name before them.
   */
  static List<String> names(String to, List<String> urls) {
    if (to == null) {
      return List.of();
    }
    if (urls.size() > 1) {
      List<String> parts = List.of(to.split(", "));
      if (parts.size() == urls.size()) {
        return parts.stream().map(String::strip).toList();
      }
      List<String> merged = new ArrayList<>();
      for (String part : parts) {
        if (!merged.isEmpty() && CREDENTIAL.matcher(part.strip()).matches()) {
          merged.set(merged.size() - 1, merged.get(merged.size() - 1) + ", " + part.strip());
        } else {
          merged.add(part.strip());
        }
      }
      if (merged.size() == urls.size()) {
        return merged;
      }
    }
    return List.of(to);
  }

  private AccountOwner findOwner() throws IOException {
    Map<String, Integer> conversations = new HashMap<>();
    Map<String, Set<Integer>> seenIn = new HashMap<>();
    Map<String, String> nameOfSlug = new HashMap<>();
    Map<String, String> urlOfSlug = new HashMap<>();
    Map<String, String> nameOfKey = new HashMap<>();
    ReportBuilder quiet = new ReportBuilder("Row", limits);
    try (CsvFile pass = CsvFile.open(source, ImportFormat.LINKEDIN_MESSAGES, limits, quiet)) {
      for (CsvTable.Row row = pass.nextRow(); row != null; row = pass.nextRow()) {
        String conversation = row.cell(columns.conversation());
        if (conversation == null) {
          continue;
        }
        Integer index = conversations.computeIfAbsent(conversation, c -> conversations.size());
        List<String> keys = new ArrayList<>();
        String fromName = row.cell(columns.from());
        String fromUrl = row.cell(columns.senderUrl());
        String fromSlug = LinkedInUrls.slug(fromUrl);
        if (fromSlug != null) {
          keys.add("url:" + fromSlug);
          if (fromName != null) {
            nameOfSlug.putIfAbsent(fromSlug, fromName);
          }
          urlOfSlug.putIfAbsent(fromSlug, fromUrl);
        }
        if (fromName != null) {
          keys.add(nameKey(fromName, nameOfKey));
        }
        List<String> toUrls = split(row.cell(columns.recipientUrls()));
        for (String url : toUrls) {
          String slug = LinkedInUrls.slug(url);
          if (slug != null) {
            keys.add("url:" + slug);
            urlOfSlug.putIfAbsent(slug, url);
          }
        }
        for (String name : names(row.cell(columns.to()), toUrls)) {
          keys.add(nameKey(name, nameOfKey));
        }
        for (String key : keys) {
          seenIn.computeIfAbsent(key, k -> new HashSet<>()).add(index);
        }
      }
    }
    if (conversations.size() < 2) {
      return null;
    }
    List<String> everywhere = new ArrayList<>();
    seenIn.forEach(
        (key, in) -> {
          if (in.size() == conversations.size()) {
            everywhere.add(key);
          }
        });
    List<String> byUrl = everywhere.stream().filter(key -> key.startsWith("url:")).toList();
    if (byUrl.size() == 1) {
      String slug = byUrl.get(0).substring(4);
      return new AccountOwner(nameOfSlug.get(slug), urlOfSlug.get(slug));
    }
    List<String> byName = everywhere.stream().filter(key -> key.startsWith("name:")).toList();
    if (byUrl.isEmpty() && byName.size() == 1) {
      return new AccountOwner(nameOfKey.get(byName.get(0)), null);
    }
    return null;
  }

  private static String nameKey(String name, Map<String, String> nameOfKey) {
    String key = "name:" + name.toLowerCase(Locale.ROOT);
    nameOfKey.putIfAbsent(key, name);
    return key;
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

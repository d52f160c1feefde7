package app.rapport.backup;

import app.rapport.platform.RefusedFile;
import app.rapport.platform.db.DatabaseFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complete backup: every feature's data in one JSON file, which restores exactly into an empty
 * account. The file is
 *
 * <pre>{@code
 * {"format": "rapport-backup", "version": 1, "createdAt": "2026-11-26T10:00:00Z",
 *  "sections": {"organizations": [...], "contacts": [...], "touchpoints": [...], ...}}
 * }</pre>
 *
 * with one array per {@link BackupSection}, in their {@linkplain BackupSection#order() order},
 * which is also the order they are restored in, so both writing and restoring stream. What is
 * derived (the search index, each relationship's keep-in-touch state) is not in the file: it is
 * computed again after a restore ({@link BackupRestored}).
 */
@Service
public class BackupService {

  private static final Logger log = LoggerFactory.getLogger(BackupService.class);

  /** The format version this Rapport writes; it restores this one and every older one. */
  public static final int VERSION = 1;

  public static final String FORMAT = "rapport-backup";

  /** Published at the end of a restore, in its transaction: derived state is to be recomputed. */
  public record BackupRestored(long account) {}

  /** What a restore took in: items per section, and what it left out. */
  public record Restored(Map<String, Integer> items, List<String> warnings) {

    public int total() {
      return items.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final List<BackupSection> sections;
  private final JsonMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  BackupService(
      List<BackupSection> sections,
      JsonMapper json,
      Clock clock,
      ApplicationEventPublisher events) {
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(BackupSection::order)).toList();
    this.json = json;
    this.clock = clock;
    this.events = events;
  }

  /** The sections every backup holds, in order. */
  public List<String> sectionNames() {
    return sections.stream().map(BackupSection::name).toList();
  }

  /** Writes the whole account; reads stream, so memory stays flat however large it is. */
  @Transactional(readOnly = true)
  public void write(long account, OutputStream out) {
    try (JsonGenerator generator = json.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringProperty("format", FORMAT);
      generator.writeNumberProperty("version", VERSION);
      generator.writeStringProperty("createdAt", clock.instant().toString());
      generator.writeName("sections");
      generator.writeStartObject();
      for (BackupSection section : sections) {
        generator.writeName(section.name());
        generator.writeStartArray();
        section.write(account, generator::writePOJO);
        generator.writeEndArray();
      }
      generator.writeEndObject();
      generator.writeEndObject();
    }
  }

  /** Whether a file is a Rapport backup, from its first bytes. */
  public static boolean isBackup(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4096);
      String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
      return start.startsWith("{")
          && start.replaceAll("\\s", "").contains("\"format\":\"" + FORMAT);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Restores a backup into an account that holds nothing yet, all or nothing: in the caller's
   * transaction (an import's), every section in turn, then {@link BackupRestored}.
   *
   * @param progress told each time a batch of items has been taken in
   * @throws RefusedFile when the file is no backup, is damaged, comes from a newer Rapport, or the
   *     account already holds data
   */
  @Transactional
  public Restored restore(long account, Path file, LongConsumer progress) {
    List<String> holding =
        sections.stream().filter(s -> s.hasData(account)).map(BackupSection::name).toList();
    if (!holding.isEmpty()) {
      throw new RefusedFile(
          "A backup is restored only into an empty Rapport, and this one already holds data ("
              + String.join(", ", holding)
              + "). Start Rapport with a new data folder (--rapport.data-dir), then restore"
              + " the backup there.");
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = json.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notBackup();
      }
      Integer version = null;
      boolean format = false;
      for (String name = parser.nextName(); name != null; name = parser.nextName()) {
        JsonToken value = parser.nextToken();
        switch (name) {
          case "format" -> format = FORMAT.equals(parser.getString());
          case "version" ->
              version = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
          case "sections" -> {
            if (value != JsonToken.START_OBJECT) {
              throw notBackup();
            }
            if (!format || version == null) {
              // written with its keys sorted (jq -S, Python's sort_keys): the header comes after
              Header header = header(file);
              format = header.format();
              version = header.version();
            }
            if (!format || version == null || version < 1) {
              throw notBackup();
            }
            if (version > VERSION) {
              throw new RefusedFile(
                  "This backup was made by a newer Rapport (backup format "
                      + version
                      + "; this Rapport reads up to "
                      + VERSION
                      + "). Update Rapport, then restore it.");
            }
            restoreSections(account, parser, version, counts, warnings, progress);
          }
          default -> parser.skipChildren();
        }
      }
    } catch (JacksonException e) {
      throw new RefusedFile(
          "This backup could not be read"
              + (e.getLocation() == null ? "" : " near line " + e.getLocation().getLineNr())
              + ": it is damaged or was changed by hand.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (counts.isEmpty() && warnings.isEmpty()) {
      throw notBackup();
    }
    events.publishEvent(new BackupRestored(account));
    return new Restored(counts, warnings);
  }

  /** What a backup says of itself: its format name and version. */
  private record Header(boolean format, Integer version) {}

  /** Reads a backup's format and version wherever they stand among its top-level keys. */
  private Header header(Path file) throws IOException {
    boolean format = false;
    Integer version = null;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = json.createParser(in)) {
      parser.nextToken();
      for (String name = parser.nextName(); name != null; name = parser.nextName()) {
        JsonToken value = parser.nextToken();
        if (name.equals("format")) {
          format = FORMAT.equals(parser.getString());
        } else if (name.equals("version")) {
          version = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
        } else {
          parser.skipChildren();
        }
      }
    }
    return new Header(format, version);
  }

  private void restoreSections(
      long account,
      JsonParser parser,
      int version,
      Map<String, Integer> counts,
      List<String> warnings,
      LongConsumer progress) {
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      JsonToken start = parser.nextToken();
      BackupSection section = section(name);
      if (section == null || start != JsonToken.START_ARRAY) {
        warnings.add(
            "The backup holds \""
                + name
                + "\", which this version of Rapport does not know; it was left out.");
        parser.skipChildren();
        continue;
      }
      SectionReader reader = new SectionReader(parser, name, version, progress);
      try {
        section.restore(account, reader);
      } catch (RuntimeException e) {
        if (!(e instanceof java.util.NoSuchElementException)
            && !DatabaseFailure.isBrokenConstraint(e)) {
          throw e;
        }
        log.warn("Backup section {} does not fit together: {}", name, e.getMessage());
        throw new RefusedFile(
            "The backup's \""
                + name
                + "\" do not fit together: one refers to something the backup does not hold, is"
                + " missing a value it needs, or appears twice. The file was changed by hand or"
                + " is damaged; nothing was restored.");
      }
      reader.finish();
      counts.put(name, reader.count);
    }
  }

  private BackupSection section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  private static RefusedFile notBackup() {
    return new RefusedFile("This file is not a Rapport backup.");
  }

  /** Reads one section's array from the parser, a batch at a time. */
  private final class SectionReader implements BackupReader {

    private final JsonParser parser;
    private final String section;
    private final int version;
    private final LongConsumer progress;
    private boolean done;
    private int count;

    SectionReader(JsonParser parser, String section, int version, LongConsumer progress) {
      this.parser = parser;
      this.section = section;
      this.version = version;
      this.progress = progress;
    }

    @Override
    public int version() {
      return version;
    }

    @Override
    public <T> void read(Class<T> type, int batchSize, Consumer<List<T>> batch) {
      if (done) {
        return;
      }
      ObjectReader reader =
          json.readerFor(type)
              .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      List<T> items = new ArrayList<>(batchSize);
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        if (token == null) {
          throw new RefusedFile("This backup ends in the middle: it was not saved whole.");
        }
        try {
          items.add(reader.readValue(parser));
        } catch (JacksonException e) {
          throw unreadable(e);
        }
        count++;
        if (items.size() == batchSize) {
          batch.accept(items);
          progress.accept(items.size());
          items = new ArrayList<>(batchSize);
        }
      }
      done = true;
      if (!items.isEmpty()) {
        batch.accept(items);
        progress.accept(items.size());
      }
    }

    /** Which item, and which of its fields, could not be read, in words and without Java. */
    private RefusedFile unreadable(JacksonException e) {
      StringBuilder field = new StringBuilder();
      for (JacksonException.Reference reference : e.getPath()) {
        if (reference.getPropertyName() != null) {
          field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
        } else if (reference.getIndex() >= 0) {
          field.append('[').append(reference.getIndex()).append(']');
        }
      }
      String what =
          e instanceof tools.jackson.core.exc.StreamReadException
              ? "the file is damaged there"
              : field.isEmpty()
                  ? "it is not what Rapport wrote"
                  : "its \"" + field + "\" holds a value Rapport does not accept" + value(e);
      return new RefusedFile(
          "This backup could not be read: in \""
              + section
              + "\", item "
              + (count + 1)
              + ", "
              + what
              + ". The file was changed by hand or is damaged; nothing was restored.");
    }

    private static String value(JacksonException e) {
      if (e instanceof tools.jackson.databind.exc.InvalidFormatException invalid
          && invalid.getValue() != null) {
        String text = String.valueOf(invalid.getValue());
        return " (\"" + (text.length() > 50 ? text.substring(0, 50) + "…" : text) + "\")";
      }
      return "";
    }

    /** Skips what the section did not read, so the next one starts in the right place. */
    void finish() {
      if (!done) {
        parser.skipChildren();
        done = true;
      }
    }
  }
}

package app.rapport.imports.read;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Where a CSV file's header is and what separates its cells, found from the start of the file.
 * LinkedIn files may open with a "Notes:" preamble whose sentence is quoted, so the header is
 * searched among the first ten records as a CSV parser sees them, never by skipping a fixed number
 * of lines. Excel in many European locales separates cells with ";", so ",", ";" and tab are each
 * tried.
 *
 * @param format the format the header belongs to
 * @param headerIndex how many records come before the header
 */
record CsvLayout(char delimiter, ImportFormat format, int headerIndex, List<String> header) {

  private static final char[] DELIMITERS = {',', ';', '\t'};
  private static final int HEADER_WINDOW = 10;

  /** The layout of a file starting with this text, or null when it is not a table at all. */
  static CsvLayout find(String start) {
    List<List<List<String>>> parsed = new ArrayList<>();
    for (char delimiter : DELIMITERS) {
      List<List<String>> records = firstRecords(start, delimiter);
      parsed.add(records);
      for (int i = 0; i < records.size(); i++) {
        ImportFormat format = signature(records.get(i));
        if (format != null) {
          return new CsvLayout(delimiter, format, i, records.get(i));
        }
      }
    }
    CsvLayout best = null;
    int bestWidth = 0;
    for (int d = 0; d < DELIMITERS.length; d++) {
      List<List<String>> records = parsed.get(d);
      int header = firstFilled(records, 0);
      if (header < 0) {
        continue;
      }
      List<String> names = records.get(header);
      int width = (int) names.stream().filter(name -> !Text.isBlank(name)).count();
      if (width > bestWidth && looksLikeHeader(names, records, header)) {
        bestWidth = width;
        best = new CsvLayout(DELIMITERS[d], ImportFormat.GENERIC_CSV, header, names);
      }
    }
    return best;
  }

  /**
   * Column names are recognised ones ("Email", "Phone"), or at least two names above a row of the
   * same width; a letter or a list of lines is neither.
   */
  private static boolean looksLikeHeader(
      List<String> names, List<List<String>> records, int header) {
    if (!CsvColumns.guess(names).isEmpty()) {
      return true;
    }
    long filled = names.stream().filter(name -> !Text.isBlank(name)).count();
    int next = firstFilled(records, header + 1);
    return filled >= 2 && (next < 0 || records.get(next).size() == names.size());
  }

  private static int firstFilled(List<List<String>> records, int from) {
    for (int i = from; i < records.size(); i++) {
      if (!isBlank(records.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The layout for reading a file as the given format, when its header is found. */
  static CsvLayout find(String start, ImportFormat wanted) {
    for (char delimiter : DELIMITERS) {
      List<List<String>> records = firstRecords(start, delimiter);
      for (int i = 0; i < records.size(); i++) {
        if (signature(records.get(i)) == wanted) {
          return new CsvLayout(delimiter, wanted, i, records.get(i));
        }
      }
    }
    if (wanted == ImportFormat.GENERIC_CSV) {
      return find(start);
    }
    return null;
  }

  private static boolean isBlank(List<String> record) {
    return record.stream().allMatch(Text::isBlank);
  }

  /** Up to ten records; a parse error ends the list, since this is only a first look. */
  private static List<List<String>> firstRecords(String start, char delimiter) {
    List<List<String>> records = new ArrayList<>();
    CSVFormat format =
        CsvTable.format(delimiter).builder().setLenientEof(true).setTrailingData(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(start), format)) {
      for (CSVRecord record : parser) {
        records.add(record.toList());
        if (records.size() >= HEADER_WINDOW) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // What was parsed before the error is still worth looking at.
    }
    return records;
  }

  /** Which export a header record belongs to, from its column names, or null. */
  static ImportFormat signature(List<String> record) {
    Set<String> keys = new java.util.HashSet<>();
    for (String name : record) {
      keys.add(Text.headerKey(name));
    }
    if (keys.contains("first name") && keys.contains("connected on")) {
      return ImportFormat.LINKEDIN_CONNECTIONS;
    }
    if (keys.contains("conversation id") && keys.contains("from") && keys.contains("date")) {
      return ImportFormat.LINKEDIN_MESSAGES;
    }
    if (keys.contains("direction") && keys.contains("sent at")) {
      return ImportFormat.LINKEDIN_INVITATIONS;
    }
    if (keys.contains("given name")
        && keys.contains("family name")
        && anyOf(keys, "group membership", "e-mail 1 - type", "e-mail 1 - value", "name")) {
      return ImportFormat.GOOGLE_CSV;
    }
    if (anyOf(keys, "first name", "last name")
        && anyOf(
            keys,
            "labels",
            "file as",
            "phonetic first name",
            "e-mail 1 - label",
            "phone 1 - label",
            "organization title")) {
      return ImportFormat.GOOGLE_CSV;
    }
    if (keys.contains("e-mail address")
        && anyOf(keys, "first name", "last name")
        && anyOf(
            keys,
            "job title",
            "business phone",
            "mobile phone",
            "home phone",
            "categories",
            "e-mail display name")) {
      return ImportFormat.OUTLOOK_CSV;
    }
    if (keys.contains("e-mail-adresse")
        && anyOf(keys, "vorname", "nachname")
        && anyOf(
            keys,
            "position",
            "telefon geschäftlich",
            "mobiltelefon",
            "kategorien",
            "e-mail: angezeigter name")) {
      // Outlook in German.
      return ImportFormat.OUTLOOK_CSV;
    }
    return null;
  }

  private static boolean anyOf(Set<String> keys, String... names) {
    for (String name : names) {
      if (keys.contains(name)) {
        return true;
      }
    }
    return false;
  }
}

package app.rapport.imports.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;

/**
 * Finds the LinkedIn files inside a zip by their content: entry names vary in case, spacing and
 * folder, and a re-zipped export may hold Mac resource-fork copies ({@code __MACOSX/._*}).
 */
final class LinkedInZip {

  private static final List<ImportFormat> LINKEDIN_FILES =
      List.of(
          ImportFormat.LINKEDIN_CONNECTIONS,
          ImportFormat.LINKEDIN_MESSAGES,
          ImportFormat.LINKEDIN_INVITATIONS);

  private final Map<ImportFormat, ZipEntry> entries;
  private final Detection detection;

  private LinkedInZip(Map<ImportFormat, ZipEntry> entries, Detection detection) {
    this.entries = entries;
    this.detection = detection;
  }

  static LinkedInZip scan(ZipArchive zip) throws IOException {
    String office = officeDocument(zip);
    if (office != null) {
      return new LinkedInZip(Map.of(), new ReadFailure(office));
    }
    Map<ImportFormat, ZipEntry> found = new EnumMap<>(ImportFormat.class);
    for (ZipEntry entry : zip.entries()) {
      byte[] head = zip.source(entry).head(CsvFile.HEAD_BYTES);
      Detection inside = FormatDetector.detectText(zip.source(entry), head, false);
      ImportFormat format = inside.formatOrNull();
      if (format != null && LINKEDIN_FILES.contains(format)) {
        found.putIfAbsent(format, entry);
      }
    }
    if (found.isEmpty()) {
      return new LinkedInZip(
          Map.of(),
          new ReadFailure(
              "This zip file holds no LinkedIn Connections.csv, messages.csv or Invitations.csv."
                  + " If it holds an address book, unzip it and choose the .vcf or .csv file"
                  + " inside."));
    }
    List<ImportFormat> contents = new ArrayList<>(found.keySet());
    return new LinkedInZip(
        found, new Detected(ImportFormat.LINKEDIN_EXPORT_ZIP, contents, null, List.of()));
  }

  private static String officeDocument(ZipArchive zip) {
    boolean contentTypes = false;
    String kind = null;
    for (ZipEntry entry : zip.entries()) {
      String name = entry.getName().toLowerCase(Locale.ROOT);
      if (name.equals("[content_types].xml")) {
        contentTypes = true;
      } else if (name.startsWith("xl/")) {
        kind = "an Excel workbook (.xlsx)";
      } else if (name.startsWith("word/") && kind == null) {
        kind = "a Word document (.docx)";
      } else if (name.equals("content.xml") && kind == null) {
        kind = "an OpenDocument file";
      }
    }
    if (kind != null && (contentTypes || kind.startsWith("an OpenDocument"))) {
      return "This is "
          + kind
          + ", not an address book file. If it holds contacts, save it as CSV and choose that"
          + " file.";
    }
    return null;
  }

  Detection detection() {
    return detection;
  }

  /** The entry holding this LinkedIn file, or null. */
  ZipEntry entry(ImportFormat format) {
    return entries.get(format);
  }
}

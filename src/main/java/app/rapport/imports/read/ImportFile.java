package app.rapport.imports.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;

/**
 * An uploaded file, opened for import: what it is, and readers for what it holds. This is the entry
 * point of the readers; nothing here touches the database.
 *
 * <pre>{@code
 * try (ImportFile file = ImportFile.open(upload);
 *     ImportReader<ImportedPerson> people = file.people()) {
 *   people.stream().forEach(staging::add);
 *   ReadReport report = people.report();
 * }
 * }</pre>
 *
 * Nothing is thrown for a bad file: a file that cannot be read gives readers that read nothing and
 * report the {@link ReadFailure} of {@link #detection()}.
 */
public final class ImportFile implements AutoCloseable {

  private final Path path;
  private final ReadLimits limits;
  private final Detection detection;
  private final ZipArchive zip;
  private final LinkedInZip linkedInZip;

  private ImportFile(
      Path path, ReadLimits limits, Detection detection, ZipArchive zip, LinkedInZip linkedInZip) {
    this.path = path;
    this.limits = limits;
    this.detection = detection;
    this.zip = zip;
    this.linkedInZip = linkedInZip;
  }

  public static ImportFile open(Path file) {
    return open(file, ReadLimits.defaults());
  }

  public static ImportFile open(Path file, ReadLimits limits) {
    Detection detection = FormatDetector.detect(file, limits);
    if (detection.formatOrNull() != ImportFormat.LINKEDIN_EXPORT_ZIP) {
      return new ImportFile(file, limits, detection, null, null);
    }
    ZipArchive zip = null;
    try {
      zip = ZipArchive.open(file, limits);
      LinkedInZip linkedIn = LinkedInZip.scan(zip);
      return new ImportFile(file, limits, linkedIn.detection(), zip, linkedIn);
    } catch (IOException | RuntimeException e) {
      if (zip != null) {
        zip.close();
      }
      StopReading stop = StopReading.findIn(e);
      return new ImportFile(
          file,
          limits,
          stop != null ? stop.failure() : new ReadFailure("The zip file could not be read."),
          null,
          null);
    }
  }

  /** What the file is, or why it cannot be read. */
  public Detection detection() {
    return detection;
  }

  /** The people of a file of people, read as the detected format (a LinkedIn zip: connections). */
  public ImportReader<ImportedPerson> people() {
    ImportFormat format = detection.formatOrNull();
    return people(
        format == ImportFormat.LINKEDIN_EXPORT_ZIP ? ImportFormat.LINKEDIN_CONNECTIONS : format);
  }

  /**
   * The people of the file read as the given format, whatever was detected; a file that is not of
   * that format gives a reader that reports so. A {@link ImportFormat#GENERIC_CSV} is read through
   * the columns {@link CsvColumns#guess} proposes.
   */
  public ImportReader<ImportedPerson> people(ImportFormat format) {
    String unit = format == ImportFormat.VCARD ? "Card" : "Row";
    if (detection instanceof ReadFailure failure) {
      return BaseReader.failed(unit, limits, failure);
    }
    if (format == null || !format.holdsPeople() || format == ImportFormat.LINKEDIN_EXPORT_ZIP) {
      return BaseReader.failed(
          unit,
          limits,
          new ReadFailure(
              "This file holds "
                  + (format == null ? "no people" : format.label())
                  + ", not a list of people."));
    }
    Optional<ByteSource> source = source(format);
    if (source.isEmpty()) {
      return BaseReader.failed(unit, limits, missingInZip(format));
    }
    return Readers.people(source.get(), format, limits);
  }

  /** The people of a spreadsheet, read through the column mapping the user confirmed. */
  public ImportReader<ImportedPerson> people(ColumnMapping mapping) {
    if (detection instanceof ReadFailure failure) {
      return BaseReader.failed("Row", limits, failure);
    }
    Optional<ByteSource> source = csvSource();
    if (source.isEmpty()) {
      return BaseReader.failed(
          "Row", limits, new ReadFailure("This file is not a spreadsheet, so it has no columns."));
    }
    return new CsvPersonReader(
        source.get(), ImportFormat.GENERIC_CSV, limits, GenericColumns.factory(mapping));
  }

  /** The column names and first rows of a spreadsheet, for the column-mapping screen. */
  public CsvPreview csvPreview(int maxRows) {
    if (detection instanceof ReadFailure failure) {
      return CsvPreview.failed(failure);
    }
    Optional<ByteSource> source = csvSource();
    if (source.isEmpty()) {
      return CsvPreview.failed(
          new ReadFailure("This file is not a spreadsheet, so it has no columns."));
    }
    ReportBuilder quiet = new ReportBuilder("Row", limits);
    try (CsvFile csv = CsvFile.open(source.get(), ImportFormat.GENERIC_CSV, limits, quiet)) {
      List<List<String>> rows = new ArrayList<>();
      for (CsvTable.Row row = csv.nextRow(); row != null && rows.size() < maxRows; ) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
          String cell = row.cell(i);
          cells.add(cell == null ? "" : cell);
        }
        rows.add(cells);
        row = rows.size() < maxRows ? csv.nextRow() : null;
      }
      List<String> header = csv.header().names();
      return new CsvPreview(header, csv.header().row(), rows, CsvColumns.guess(header, rows), null);
    } catch (IOException | RuntimeException e) {
      StopReading stop = StopReading.findIn(e);
      return CsvPreview.failed(
          stop != null ? stop.failure() : new ReadFailure("The file could not be read."));
    }
  }

  /**
   * The messages of a LinkedIn messages.csv or export zip.
   *
   * @param owner whose export it is, when known (from the user's settings or Profile.csv); with
   *     null it is found from the export itself: from Invitations.csv when the zip has it (the
   *     sender of an outgoing invitation, the recipient of an incoming one), else as the one
   *     participant present in every conversation
   */
  public LinkedInMessagesReader linkedInMessages(AccountOwner owner) {
    if (detection instanceof ReadFailure failure) {
      return Readers.failedMessages(limits, failure);
    }
    Optional<ByteSource> source = source(ImportFormat.LINKEDIN_MESSAGES);
    if (source.isEmpty()) {
      return Readers.failedMessages(limits, missingInZip(ImportFormat.LINKEDIN_MESSAGES));
    }
    Supplier<AccountOwner> hint = null;
    Optional<ByteSource> invitations = source(ImportFormat.LINKEDIN_INVITATIONS);
    if (invitations.isPresent()) {
      hint = () -> Readers.ownerFromInvitations(invitations.get(), limits);
    }
    return new LinkedInMessages(source.get(), limits, owner, hint);
  }

  /** The invitations of a LinkedIn Invitations.csv or export zip. */
  public ImportReader<ImportedInvitation> linkedInInvitations() {
    if (detection instanceof ReadFailure failure) {
      return BaseReader.failed("Row", limits, failure);
    }
    Optional<ByteSource> source = source(ImportFormat.LINKEDIN_INVITATIONS);
    if (source.isEmpty()) {
      return BaseReader.failed("Row", limits, missingInZip(ImportFormat.LINKEDIN_INVITATIONS));
    }
    return new LinkedInInvitations(source.get(), limits);
  }

  private Optional<ByteSource> source(ImportFormat format) {
    if (linkedInZip != null) {
      ZipEntry entry = linkedInZip.entry(format);
      return entry == null ? Optional.empty() : Optional.of(zip.source(entry));
    }
    ImportFormat detected = detection.formatOrNull();
    boolean linkedInFile =
        format == ImportFormat.LINKEDIN_MESSAGES || format == ImportFormat.LINKEDIN_INVITATIONS;
    if (linkedInFile && detected != format) {
      return Optional.empty();
    }
    return Optional.of(ByteSource.of(path));
  }

  private Optional<ByteSource> csvSource() {
    ImportFormat detected = detection.formatOrNull();
    if (linkedInZip != null) {
      return source(ImportFormat.LINKEDIN_CONNECTIONS);
    }
    return detected != null && detected.isCsv()
        ? Optional.of(ByteSource.of(path))
        : Optional.empty();
  }

  private ReadFailure missingInZip(ImportFormat format) {
    String file =
        switch (format) {
          case LINKEDIN_CONNECTIONS -> "Connections.csv";
          case LINKEDIN_MESSAGES -> "messages.csv";
          case LINKEDIN_INVITATIONS -> "Invitations.csv";
          default -> format.label();
        };
    if (linkedInZip != null) {
      return new ReadFailure("This LinkedIn export holds no " + file + ".");
    }
    return new ReadFailure("This file is not LinkedIn's " + file + ".");
  }

  @Override
  public void close() {
    if (zip != null) {
      zip.close();
    }
  }
}

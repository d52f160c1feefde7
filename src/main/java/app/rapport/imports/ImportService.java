package app.rapport.imports;

import app.rapport.backup.BackupService;
import app.rapport.contacts.ContactAddition;
import app.rapport.contacts.ContactService;
import app.rapport.imports.read.ColumnMapping;
import app.rapport.imports.read.CsvColumns;
import app.rapport.imports.read.CsvPreview;
import app.rapport.imports.read.Detected;
import app.rapport.imports.read.Detection;
import app.rapport.imports.read.ImportFile;
import app.rapport.imports.read.ImportFormat;
import app.rapport.imports.read.ReadFailure;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.RefusedFile;
import app.rapport.platform.db.DatabaseFailure;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.touchpoints.TouchpointService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking in the user's contacts from files: upload, preview, confirm, progress, report, undo.
 *
 * <p>How an import runs: the upload is kept in the data directory and its format told from its
 * content. The preview is the whole import carried out in a transaction that is rolled back, so its
 * counts are exactly what confirming will do. Confirming runs it again for real, in one
 * transaction: a file that turns out to be unreadable half-way, or anything going wrong, leaves the
 * account exactly as it was. Both run in the background ({@link ImportJobs}), a slice of rows at a
 * time, with batched SQL ({@link PeopleImport}); the progress bar reads how far they have got. The
 * upload is removed once the import is over. Everything the import wrote is marked with its id, so
 * it can be undone whole.
 */
@Service
public class ImportService {

  private static final Logger log = LoggerFactory.getLogger(ImportService.class);

  /** How long a preview waits for confirmation before its upload is removed. */
  static final Duration KEEP_PREVIEWS = Duration.ofDays(1);

  static final String FAILED_UNEXPECTEDLY =
      "Rapport could not finish this import, so nothing was imported: your people are as they"
          + " were. The log in the window that runs Rapport says why.";

  static final String FAILED_BUSY =
      "Rapport was busy saving something else, so nothing was imported: your people are as they"
          + " were. Please start the import again.";

  private final ImportRepository imports;
  private final UploadStore uploads;
  private final ImportJobs jobs;
  private final PeopleImport people;
  private final MessagesImport messages;
  private final BackupService backups;
  private final ContactService contacts;
  private final TouchpointService touchpoints;
  private final KeepInTouchService keepInTouch;
  private final TransactionTemplate tx;
  private final Clock clock;

  ImportService(
      ImportRepository imports,
      UploadStore uploads,
      ImportJobs jobs,
      PeopleImport people,
      MessagesImport messages,
      BackupService backups,
      ContactService contacts,
      TouchpointService touchpoints,
      KeepInTouchService keepInTouch,
      TransactionTemplate tx,
      Clock clock) {
    this.imports = imports;
    this.uploads = uploads;
    this.jobs = jobs;
    this.people = people;
    this.messages = messages;
    this.backups = backups;
    this.contacts = contacts;
    this.touchpoints = touchpoints;
    this.keepInTouch = keepInTouch;
    this.tx = tx;
    this.clock = clock;
  }

  // ---- reading ---------------------------------------------------------------------------------

  public ImportBatch get(long account, long id) {
    return imports.find(account, id).orElseThrow(() -> notFound(id));
  }

  public PageResult<ImportBatch> recent(long account, PageRequest page) {
    return PageResult.of(imports.recent(account, page), page, () -> imports.count(account));
  }

  /** How far a running import has got; empty when it is not running. */
  public Optional<ImportProgress> progress(long id) {
    return jobs.progress(id);
  }

  /** Waits at most {@code max} for a running import to finish; answers it as it is then. */
  public ImportBatch await(long account, long id, Duration max) {
    jobs.await(id, max);
    return get(account, id);
  }

  /** The columns and first rows of a spreadsheet waiting for its columns to be chosen. */
  public CsvPreview columnsOf(long account, long id, int rows) {
    get(account, id);
    String stored = imports.storedFile(account, id).orElseThrow(() -> gone(id));
    try (ImportFile file = ImportFile.open(uploads.path(stored))) {
      return file.csvPreview(rows);
    }
  }

  // ---- what the user does ----------------------------------------------------------------------

  /**
   * Takes in an upload: keeps it, tells what it is, and starts the preview (or, without {@code
   * dryRun}, the import itself). A file that cannot be imported at all is refused at once and
   * nothing is kept.
   *
   * @throws RefusedFile for an empty, unreadable, oversized or foreign file, with a message that
   *     says why
   */
  public ImportBatch upload(
      long account, String fileName, InputStream content, ImportRequest request) {
    long id = Ids.next();
    Path stored = uploads.store(id, content);
    String storedName = stored.getFileName().toString();
    try {
      String format = formatOf(stored, request.format());
      ColumnMapping columns = request.columns();
      ImportPhase phase = request.dryRun() ? ImportPhase.PREVIEW : ImportPhase.IMPORT;
      if (ImportFormat.GENERIC_CSV.name().equals(format)) {
        if (columns == null && request.askForColumns()) {
          imports.insert(
              account,
              id,
              name(fileName),
              Files.size(stored),
              storedName,
              format,
              ImportPhase.COLUMNS,
              ImportStatus.DONE,
              null,
              clock.instant());
          return get(account, id);
        }
        if (columns == null) {
          columns = proposedColumns(stored);
        }
        if (!columns.identifiesPeople()) {
          throw new RefusedFile(
              "Rapport cannot tell which columns hold the names, email addresses or phone"
                  + " numbers in this spreadsheet. Say which column holds what (the \"columns\""
                  + " field), or name them \"Name\", \"Email\" and \"Phone\".");
        }
      }
      imports.insert(
          account,
          id,
          name(fileName),
          Files.size(stored),
          storedName,
          format,
          phase,
          ImportStatus.RUNNING,
          columns,
          clock.instant());
      launch(account, id, phase, 0);
      return get(account, id);
    } catch (IOException e) {
      uploads.delete(storedName);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      uploads.delete(storedName);
      throw e;
    }
  }

  /** The columns of a spreadsheet as the user chose them: the preview starts with them. */
  public ImportBatch chooseColumns(long account, long id, ColumnMapping columns) {
    get(account, id);
    if (!columns.identifiesPeople()) {
      throw InvalidInput.of(
          "columns",
          "Choose at least one column that holds names, email addresses or phone numbers.");
    }
    boolean started =
        imports.start(
                account, id, ImportPhase.COLUMNS, ImportStatus.DONE, ImportPhase.PREVIEW, columns)
            || imports.start(
                account, id, ImportPhase.PREVIEW, ImportStatus.DONE, ImportPhase.PREVIEW, columns);
    if (!started) {
      throw cannotStart(id);
    }
    launch(account, id, ImportPhase.PREVIEW, 0);
    return get(account, id);
  }

  /** Goes ahead with a previewed import. */
  public ImportBatch confirm(long account, long id) {
    ImportBatch preview = get(account, id);
    if (!imports.start(
        account, id, ImportPhase.PREVIEW, ImportStatus.DONE, ImportPhase.IMPORT, null)) {
      throw cannotStart(id);
    }
    launch(account, id, ImportPhase.IMPORT, preview.rowsRead());
    return get(account, id);
  }

  /** Gives up a preview: its upload is removed, nothing was ever written. */
  public void cancel(long account, long id) {
    ImportBatch batch = get(account, id);
    if (batch.phase() != ImportPhase.IMPORT && !batch.isRunning()) {
      forgetFile(account, id);
    }
  }

  /**
   * Undoes an import whole: the people it added are removed (with whatever was logged with them
   * since), what it added to people already there is taken back where it is still as the import
   * left it, and the touchpoints it logged are removed. One transaction.
   */
  @Transactional
  public ImportBatch undo(long account, long id) {
    ImportBatch batch = get(account, id);
    if (!batch.canUndo()) {
      throw InvalidInput.of(
          "import",
          batch.isUndone()
              ? "This import was already undone."
              : "Only a finished import can be undone; this one wrote nothing.");
    }
    List<Long> touched = touchpoints.removeImported(account, id);
    List<ContactAddition> additions = imports.additions(account, id);
    contacts.undoImport(account, id, additions);
    keepInTouch.touchpointsChanged(account, touched);
    imports.markUndone(account, id, clock.instant());
    return get(account, id);
  }

  // ---- running ---------------------------------------------------------------------------------

  private void launch(long account, long id, ImportPhase phase, long total) {
    ImportTally tally = new ImportTally(total);
    jobs.submit(id, tally, () -> run(account, id, phase, tally));
  }

  /** Runs one phase of an import, in the background, in one transaction. */
  private void run(long account, long id, ImportPhase phase, ImportTally tally) {
    boolean dry = phase != ImportPhase.IMPORT;
    boolean failed = true;
    try {
      ImportBatch batch = get(account, id);
      String stored = imports.storedFile(account, id).orElseThrow(() -> gone(id));
      Path file = uploads.path(stored);
      tx.executeWithoutResult(
          status -> {
            read(account, batch, file, tally);
            if (tally.failure() != null) {
              status.setRollbackOnly();
              return;
            }
            if (dry) {
              status.setRollbackOnly();
            } else {
              imports.finish(account, id, ImportStatus.DONE, tally, clock.instant());
            }
          });
      failed = tally.failure() != null;
      if (dry && !failed) {
        tx.executeWithoutResult(
            status -> imports.finish(account, id, ImportStatus.DONE, tally, clock.instant()));
      }
    } catch (RefusedFile refused) {
      tally.fail(refused.getMessage());
      refused.problems().stream()
          .filter(p -> p.row() != null)
          .forEach(p -> tally.error(p.row(), p.message()));
    } catch (RuntimeException e) {
      if (DatabaseFailure.isBusy(e)) {
        log.warn("Import {} could not start: the database stayed busy", Ids.format(id));
        tally.fail(FAILED_BUSY);
      } else {
        log.error("Import {} failed", Ids.format(id), e);
        tally.fail(FAILED_UNEXPECTEDLY);
      }
    } finally {
      if (tally.failure() != null) {
        failed = true;
        tx.executeWithoutResult(
            status -> imports.finish(account, id, ImportStatus.FAILED, tally, clock.instant()));
      }
      if (!dry || failed) {
        forgetFile(account, id);
      }
    }
  }

  /** Reads the file and saves what it holds, in the caller's transaction. */
  private void read(long account, ImportBatch batch, Path file, ImportTally tally) {
    long id = batch.id();
    if (batch.isBackup()) {
      BackupService.Restored restored = backups.restore(account, file, tally::handled);
      tally.read(restored.total());
      tally.addCreated(restored.items().getOrDefault("contacts", 0));
      tally.addTouchpoints(restored.items().getOrDefault("touchpoints", 0));
      restored.warnings().forEach(tally::warn);
      return;
    }
    PeopleImport.AdditionsSink sink =
        (part, additions) -> imports.saveAdditions(account, id, part, additions);
    try (ImportFile opened = ImportFile.open(file)) {
      Detection detection = opened.detection();
      if (detection instanceof ReadFailure failure) {
        tally.fail(failure.message());
        return;
      }
      Detected detected = (Detected) detection;
      detected.warnings().forEach(tally::warn);
      ImportFormat format = ImportFormat.valueOf(batch.format());
      List<ImportFormat> contents =
          format == ImportFormat.LINKEDIN_EXPORT_ZIP && detected.format() == format
              ? detected.contents()
              : List.of(format);
      for (ImportFormat part : contents) {
        if (tally.failure() != null) {
          return;
        }
        switch (part) {
          case GENERIC_CSV ->
              people.run(
                  account,
                  id,
                  batch.columns() == null ? opened.people(part) : opened.people(batch.columns()),
                  tally,
                  sink);
          case LINKEDIN_MESSAGES ->
              messages.messages(account, id, opened.linkedInMessages(null), tally);
          case LINKEDIN_INVITATIONS ->
              messages.invitations(account, id, opened.linkedInInvitations(), tally);
          case LINKEDIN_EXPORT_ZIP ->
              people.run(
                  account, id, opened.people(ImportFormat.LINKEDIN_CONNECTIONS), tally, sink);
          default -> people.run(account, id, opened.people(part), tally, sink);
        }
      }
    }
    if (tally.failure() == null && tally.rowsRead() == 0) {
      tally.fail(
          "Rapport found nothing to import in this file: it has the column names, but no rows"
              + " under them.");
    }
  }

  // ---- housekeeping
  // ------------------------------------------------------------------------------

  /**
   * Imports left running when Rapport stopped never committed: nothing was written. They are marked
   * failed, and their uploads removed.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void failInterrupted() {
    for (long[] key : imports.running()) {
      ImportTally tally = new ImportTally(0);
      tally.fail(
          "Rapport was stopped while this import ran, so nothing was imported. Please try again.");
      imports.finish(key[0], key[1], ImportStatus.FAILED, tally, clock.instant());
      forgetFile(key[0], key[1]);
    }
  }

  /** Uploads of previews nobody confirmed within a day are removed. */
  @Scheduled(cron = "0 7 * * * *")
  public void removeStaleUploads() {
    for (long[] key : imports.keptSince(clock.instant().minus(KEEP_PREVIEWS))) {
      forgetFile(key[0], key[1]);
    }
  }

  private void forgetFile(long account, long id) {
    imports.storedFile(account, id).ifPresent(uploads::delete);
    imports.forgetFile(account, id);
  }

  // ---- formats
  // -----------------------------------------------------------------------------------

  /** What the file is: as the user said, else as its content tells; refused when it is nothing. */
  private static String formatOf(Path stored, String requested) {
    String wanted = requested == null ? null : requested.trim().toLowerCase(Locale.ROOT);
    if ("backup".equals(wanted) || (wanted == null && BackupService.isBackup(stored))) {
      if (!BackupService.isBackup(stored)) {
        throw new RefusedFile("This file is not a Rapport backup.");
      }
      return ImportBatch.BACKUP;
    }
    try (ImportFile file = ImportFile.open(stored)) {
      if (file.detection() instanceof ReadFailure failure) {
        throw new RefusedFile(failure.message());
      }
      if (wanted == null || wanted.isEmpty()) {
        return file.detection().formatOrNull().name();
      }
    }
    return requestedFormat(wanted).name();
  }

  static ImportFormat requestedFormat(String wanted) {
    return switch (wanted) {
      case "linkedin" -> ImportFormat.LINKEDIN_EXPORT_ZIP;
      case "linkedin-connections", "connections" -> ImportFormat.LINKEDIN_CONNECTIONS;
      case "linkedin-messages", "messages" -> ImportFormat.LINKEDIN_MESSAGES;
      case "linkedin-invitations", "invitations" -> ImportFormat.LINKEDIN_INVITATIONS;
      case "vcard", "vcf" -> ImportFormat.VCARD;
      case "google" -> ImportFormat.GOOGLE_CSV;
      case "outlook" -> ImportFormat.OUTLOOK_CSV;
      case "csv", "generic" -> ImportFormat.GENERIC_CSV;
      default -> {
        try {
          yield ImportFormat.valueOf(wanted.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
          throw new RefusedFile(
              "Rapport does not know the format \""
                  + wanted
                  + "\". Use linkedin, vcard, google, outlook, csv or backup, or leave it out to"
                  + " have Rapport tell from the file.");
        }
      }
    };
  }

  private static ColumnMapping proposedColumns(Path stored) {
    try (ImportFile file = ImportFile.open(stored)) {
      CsvPreview preview = file.csvPreview(20);
      if (preview.failure() != null) {
        throw new RefusedFile(preview.failure().message());
      }
      return CsvColumns.guess(preview.header(), preview.rows());
    }
  }

  private static String name(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "file";
    }
    String plain = fileName.replace('\\', '/');
    plain = plain.substring(plain.lastIndexOf('/') + 1).strip();
    return plain.length() > 200 ? plain.substring(0, 200) : plain;
  }

  private static NotFound notFound(long id) {
    return new NotFound("import", Ids.format(id));
  }

  private static InvalidInput cannotStart(long id) {
    return InvalidInput.of(
        "import",
        "This import cannot go ahead: it has already run, or its file is no longer kept (files"
            + " wait a day for confirmation). Choose the file again.");
  }

  private static InvalidInput gone(long id) {
    return InvalidInput.of(
        "import",
        "The file of this import is no longer kept (files wait a day for confirmation). Choose"
            + " the file again.");
  }
}

package app.rapport.imports.web;

import app.rapport.imports.ImportBatch;
import app.rapport.imports.ImportRequest;
import app.rapport.imports.ImportService;
import app.rapport.imports.ImportStatus;
import app.rapport.imports.read.ColumnMapping;
import app.rapport.imports.read.CsvPreview;
import app.rapport.imports.read.PersonField;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.RefusedFile;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports through the JSON API. {@code POST /imports} takes the file (multipart field {@code
 * file}); with {@code dryRun=true} it only counts what importing would do, and {@code POST
 * /imports/{id}/confirm} then goes ahead. A call waits a little for the import to finish: 201 with
 * the result when it did, 202 while it still runs (poll the {@code Location}). A file that cannot
 * be imported answers 422 with {@code errors} of {@code {"row", "message"}}, and nothing changed.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Contacts in from files, and backups restored")
class ImportsApi {

  static final Duration WAIT = Duration.ofSeconds(20);

  private final ImportService imports;
  private final CurrentAccount account;

  ImportsApi(ImportService imports, CurrentAccount account) {
    this.imports = imports;
    this.account = account;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Import a file (LinkedIn export, vCard, Google/Outlook/other CSV, backup)")
  ResponseEntity<ImportJson> upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String format,
      @RequestParam(required = false, defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) String columns) {
    if (file == null || file.isEmpty()) {
      throw new RefusedFile(
          file == null ? "Send the file in the multipart field \"file\"." : "The file is empty.");
    }
    ImportBatch batch;
    try {
      batch =
          imports.upload(
              account.id(),
              file.getOriginalFilename(),
              file.getInputStream(),
              new ImportRequest(format, dryRun, columnsOf(columns), false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return answer(batch.id());
  }

  @GetMapping
  @Operation(summary = "Past imports, newest first")
  PageResult<ImportJson> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return imports
        .recent(account.id(), PageRequest.of(page, size))
        .map(b -> ImportJson.of(b, imports.progress(b.id()).orElse(null)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "An import: how far it has got, and what it did")
  ImportJson get(@PathVariable String id) {
    long batch = parse(id);
    return ImportJson.of(imports.get(account.id(), batch), imports.progress(batch).orElse(null));
  }

  @PostMapping("/{id}/confirm")
  @Operation(summary = "Go ahead with an import previewed with dryRun=true")
  ResponseEntity<ImportJson> confirm(@PathVariable String id) {
    long batch = parse(id);
    imports.confirm(account.id(), batch);
    return answer(batch);
  }

  /** The columns of a spreadsheet of another layout, and what Rapport thinks each holds. */
  public record ColumnsJson(
      List<String> header, List<List<String>> rows, List<PersonField> columns) {}

  @GetMapping("/{id}/columns")
  @Operation(summary = "The columns of a spreadsheet and what each is taken to hold")
  ColumnsJson columns(@PathVariable String id) {
    long batch = parse(id);
    CsvPreview preview = imports.columnsOf(account.id(), batch, 5);
    ImportBatch found = imports.get(account.id(), batch);
    ColumnMapping mapping = found.columns() != null ? found.columns() : preview.proposed();
    List<PersonField> fields = new ArrayList<>();
    for (int i = 0; i < preview.header().size(); i++) {
      fields.add(mapping.fieldOf(i));
    }
    return new ColumnsJson(preview.header(), preview.rows(), fields);
  }

  /** The body of {@code POST /imports/{id}/columns}: one field per column, in order. */
  public record ColumnsInput(List<PersonField> columns) {}

  @PostMapping("/{id}/columns")
  @Operation(summary = "Say which column holds what, and count again what the import would do")
  ResponseEntity<ImportJson> chooseColumns(
      @PathVariable String id, @RequestBody ColumnsInput input) {
    long batch = parse(id);
    if (input == null || input.columns() == null) {
      throw InvalidInput.of("columns", "Send one field per column, such as FULL_NAME or EMAIL.");
    }
    imports.chooseColumns(account.id(), batch, new ColumnMapping(input.columns()));
    return answer(batch);
  }

  @PostMapping("/{id}/undo")
  @Operation(summary = "Undo an import whole")
  ImportJson undo(@PathVariable String id) {
    long batch = parse(id);
    return ImportJson.of(imports.undo(account.id(), batch), null);
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Give up a preview: its file is removed")
  ResponseEntity<Void> cancel(@PathVariable String id) {
    imports.cancel(account.id(), parse(id));
    return ResponseEntity.noContent().build();
  }

  /** Waits a little, then answers 201 (finished), 202 (still running) or 422 (refused). */
  private ResponseEntity<ImportJson> answer(long id) {
    ImportBatch batch = imports.await(account.id(), id, WAIT);
    String location = "/api/v1/imports/" + Ids.format(id);
    if (batch.status() == ImportStatus.FAILED) {
      List<RefusedFile.Problem> problems = new ArrayList<>();
      batch.errors().forEach(e -> problems.add(new RefusedFile.Problem(e.row(), e.message())));
      problems.add(new RefusedFile.Problem(null, batch.failure()));
      throw new RefusedFile(batch.failure(), problems, Ids.format(id));
    }
    return ResponseEntity.status(batch.isRunning() ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
        .location(URI.create(location))
        .body(ImportJson.of(batch, imports.progress(id).orElse(null)));
  }

  private static ColumnMapping columnsOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<PersonField> fields = new ArrayList<>();
    for (String name : text.split(",")) {
      try {
        fields.add(PersonField.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw InvalidInput.of(
            "columns",
            "\""
                + name.trim()
                + "\" is not a field. Use FULL_NAME, FIRST_NAME, LAST_NAME, EMAIL, PHONE, COMPANY,"
                + " TITLE, NOTES, LINKEDIN_URL, DATE_CONNECTED, BIRTHDAY or IGNORE.");
      }
    }
    return new ColumnMapping(fields);
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> new NotFound("import", id));
  }
}

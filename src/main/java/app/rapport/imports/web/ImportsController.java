package app.rapport.imports.web;

import app.rapport.imports.ImportBatch;
import app.rapport.imports.ImportPhase;
import app.rapport.imports.ImportRequest;
import app.rapport.imports.ImportService;
import app.rapport.imports.read.ColumnMapping;
import app.rapport.imports.read.CsvPreview;
import app.rapport.imports.read.PersonField;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.RefusedFile;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.Fragments;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: choose a file, (for a spreadsheet of another layout) say which column holds
 * what, see what the import would do, confirm, watch it run, read the report, undo.
 */
@Controller
@RequestMapping("/imports")
class ImportsController {

  private final ImportService imports;
  private final CurrentAccount account;
  private final Clock clock;

  /**
   * How long a page waits for a small file's preview or import to finish before showing the
   * progress bar instead ({@code rapport.imports.page-wait}, 3 seconds).
   */
  private final Duration pageWait;

  ImportsController(
      ImportService imports,
      CurrentAccount account,
      Clock clock,
      @Value("${rapport.imports.page-wait:3s}") Duration pageWait) {
    this.imports = imports;
    this.account = account;
    this.clock = clock;
    this.pageWait = pageWait;
  }

  @GetMapping
  String index(@RequestParam(required = false) Integer page, Model model) {
    return index(model, page, FormErrors.none());
  }

  @PostMapping
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response) {
    if (file == null || file.isEmpty()) {
      response.setStatus(422);
      return index(
          model,
          null,
          FormErrors.of(
              List.of(
                  new FieldProblem(
                      "file",
                      file == null
                          ? "Choose the file to import."
                          : "The file you chose is empty. Choose another one."))));
    }
    ImportBatch batch;
    try {
      batch =
          imports.upload(
              account.id(),
              file.getOriginalFilename(),
              file.getInputStream(),
              ImportRequest.preview());
    } catch (RefusedFile refused) {
      response.setStatus(422);
      return index(
          model, null, FormErrors.of(List.of(new FieldProblem("file", refused.getMessage()))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (batch.phase() == ImportPhase.COLUMNS) {
      return "redirect:/imports/" + Ids.format(batch.id()) + "/columns";
    }
    imports.await(account.id(), batch.id(), pageWait);
    return "redirect:/imports/" + Ids.format(batch.id());
  }

  /** Whatever the import is at: its progress, its preview, its report, or why it failed. */
  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model) {
    ImportBatch batch = imports.get(account.id(), parse(id));
    if (batch.phase() == ImportPhase.COLUMNS && !batch.isRunning()) {
      return "redirect:/imports/" + id + "/columns";
    }
    model.addAttribute("upload", view(batch));
    if (batch.isRunning()) {
      return "imports/progress";
    }
    return switch (batch.status()) {
      case FAILED -> "imports/failed";
      default -> batch.phase() == ImportPhase.IMPORT ? "imports/report" : "imports/preview";
    };
  }

  /**
   * The progress bar, polled by htmx every second; once the import is over, htmx is sent on to the
   * import's page. Without JavaScript the page has a link that does the same.
   */
  @GetMapping("/{id}/progress")
  String progress(
      @PathVariable String id, HtmxRequest htmx, HttpServletResponse response, Model model) {
    ImportBatch batch = imports.get(account.id(), parse(id));
    if (!batch.isRunning()) {
      if (htmx.isHtmxRequest()) {
        response.setHeader("HX-Redirect", "/imports/" + id);
        response.setStatus(200);
        model.addAttribute("upload", view(batch));
        return "imports/progress-bar";
      }
      return "redirect:/imports/" + id;
    }
    model.addAttribute("upload", view(batch));
    return Fragments.wanted(htmx, response) ? "imports/progress-bar" : "imports/progress";
  }

  @GetMapping("/{id}/columns")
  String columns(@PathVariable String id, Model model) {
    long batchId = parse(id);
    ImportBatch batch = imports.get(account.id(), batchId);
    return columns(model, batch, batch.columns(), FormErrors.none());
  }

  @PostMapping("/{id}/columns")
  String chooseColumns(
      @PathVariable String id,
      @RequestParam(name = "columns", required = false) List<String> chosen,
      Model model,
      HttpServletResponse response) {
    long batchId = parse(id);
    ImportBatch batch = imports.get(account.id(), batchId);
    List<PersonField> fields = new ArrayList<>();
    for (String name : chosen == null ? List.<String>of() : chosen) {
      try {
        fields.add(PersonField.valueOf(name));
      } catch (IllegalArgumentException e) {
        fields.add(PersonField.IGNORE);
      }
    }
    ColumnMapping mapping = new ColumnMapping(fields);
    try {
      imports.chooseColumns(account.id(), batchId, mapping);
    } catch (InvalidInput invalid) {
      response.setStatus(422);
      return columns(model, batch, mapping, FormErrors.of(invalid.problems()));
    }
    imports.await(account.id(), batchId, pageWait);
    return "redirect:/imports/" + id;
  }

  @PostMapping("/{id}/confirm")
  String confirm(@PathVariable String id, RedirectAttributes redirect) {
    long batchId = parse(id);
    try {
      imports.confirm(account.id(), batchId);
    } catch (InvalidInput invalid) {
      Notices.add(redirect, Notice.problem(invalid.problems().get(0).message()));
      return "redirect:/imports/" + id;
    }
    imports.await(account.id(), batchId, pageWait);
    return "redirect:/imports/" + id;
  }

  @PostMapping("/{id}/cancel")
  String cancel(@PathVariable String id, RedirectAttributes redirect) {
    imports.cancel(account.id(), parse(id));
    Notices.add(redirect, Notice.of("Nothing was imported, and the file was removed."));
    return "redirect:/imports";
  }

  @PostMapping("/{id}/undo")
  String undo(@PathVariable String id, RedirectAttributes redirect) {
    try {
      ImportBatch undone = imports.undo(account.id(), parse(id));
      Notices.add(
          redirect,
          Notice.of(
              "The import of "
                  + undone.fileName()
                  + " was undone: the people it added were removed, and what it added to others"
                  + " was taken back."));
    } catch (InvalidInput invalid) {
      Notices.add(redirect, Notice.problem(invalid.problems().get(0).message()));
    }
    return "redirect:/imports/" + id;
  }

  private String index(Model model, Integer page, FormErrors errors) {
    model.addAttribute(
        "imports", imports.recent(account.id(), PageRequest.of(page, 20)).map(b -> view(b)));
    model.addAttribute("errors", errors);
    return "imports/index";
  }

  private String columns(Model model, ImportBatch batch, ColumnMapping chosen, FormErrors errors) {
    CsvPreview preview;
    try {
      preview = imports.columnsOf(account.id(), batch.id(), 5);
    } catch (InvalidInput gone) {
      return "redirect:/imports/" + Ids.format(batch.id());
    }
    model.addAttribute("form", ColumnsView.of(view(batch), preview, chosen, errors));
    return "imports/columns";
  }

  private ImportView view(ImportBatch batch) {
    return new ImportView(batch, imports.progress(batch.id()).orElse(null), clock.getZone());
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> new NotFound("import", id));
  }
}

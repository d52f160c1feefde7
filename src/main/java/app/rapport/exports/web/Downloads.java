package app.rapport.exports.web;

import app.rapport.exports.ExportService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The three downloads, shared by the pages and the API: streamed, named for the day. */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<StreamingResponseBody> vcards(
      ExportService exports, long account, Clock clock) {
    return download(
        "rapport-contacts-" + LocalDate.now(clock) + ".vcf",
        MediaType.parseMediaType("text/vcard; charset=utf-8"),
        out -> exports.writeVCards(account, out));
  }

  static ResponseEntity<StreamingResponseBody> csv(
      ExportService exports, long account, Clock clock) {
    return download(
        "rapport-contacts-" + LocalDate.now(clock) + ".csv",
        MediaType.parseMediaType("text/csv; charset=utf-8"),
        out -> exports.writeCsv(account, out));
  }

  static ResponseEntity<StreamingResponseBody> backup(
      ExportService exports, long account, Clock clock) {
    return download(
        "rapport-backup-" + LocalDate.now(clock) + ".json",
        MediaType.APPLICATION_JSON,
        out -> exports.writeBackup(account, out));
  }

  private static ResponseEntity<StreamingResponseBody> download(
      String name, MediaType type, StreamingResponseBody body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}

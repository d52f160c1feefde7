package app.rapport.exports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The three downloads, shared by the pages and the API: streamed straight into the response as they
 * are read, named for the day.
 */
enum Downloads {
  VCARDS("rapport-contacts-", ".vcf", "text/vcard;charset=UTF-8"),
  CSV("rapport-contacts-", ".csv", "text/csv;charset=UTF-8"),
  BACKUP("rapport-backup-", ".json", "application/json");

  private final String prefix;
  private final String suffix;
  private final String type;

  Downloads(String prefix, String suffix, String type) {
    this.prefix = prefix;
    this.suffix = suffix;
    this.type = type;
  }

  void send(HttpServletResponse response, Clock clock, Consumer<OutputStream> writer) {
    response.setContentType(type);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(prefix + LocalDate.now(clock) + suffix)
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    try {
      OutputStream out = response.getOutputStream();
      writer.accept(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

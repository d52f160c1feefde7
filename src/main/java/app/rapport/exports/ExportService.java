package app.rapport.exports;

import app.rapport.backup.BackupService;
import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactService;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/**
 * The user's data out: people as vCards and as a Google-layout spreadsheet, and the complete
 * backup. Each streams a slice of people at a time, so memory stays flat however large the network.
 */
@Service
public class ExportService {

  static final int SLICE = 500;

  private final ContactService contacts;
  private final BackupService backups;

  ExportService(ContactService contacts, BackupService backups) {
    this.contacts = contacts;
    this.backups = backups;
  }

  /** Every person not deleted, as vCard 3.0. */
  public void writeVCards(long account, OutputStream out) {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    VCardWriter writer = new VCardWriter(text, VCardVersion.V3_0);
    writer.setIncludeTrailingSemicolons(true);
    writer.setAddProdId(true);
    contacts.forEachContact(
        account,
        SLICE,
        people -> {
          try {
            for (Contact c : people) {
              writer.write(VCards.of(c));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every person not deleted, in Google Contacts' CSV layout: UTF-8 with a byte order mark (so that
   * Excel reads the accents), CRLF line ends, RFC 4180 quoting.
   */
  public void writeCsv(long account, OutputStream out) {
    int[] most = contacts.mostDetails(account);
    int emails = Math.max(1, most[0]);
    int phones = Math.max(1, most[1]);
    try {
      Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      text.write('\uFEFF');
      CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180);
      csv.printRecord(GoogleCsv.header(emails, phones));
      contacts.forEachContact(
          account,
          SLICE,
          people -> {
            try {
              for (Contact c : people) {
                csv.printRecord(GoogleCsv.row(c, emails, phones));
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything, as a backup that restores exactly into an empty Rapport. */
  public void writeBackup(long account, OutputStream out) {
    backups.write(account, out);
  }
}

package app.rapport.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers hand out one item at a time and keep none: memory stays flat however long the file.
 * Checked structurally, by how far into the file the reader has read and by whether it still holds
 * people it has handed out, never by the clock.
 */
class StreamingTest {

  @TempDir Path dir;

  /** A file that counts the bytes read through the stream opened last. */
  private static final class CountingSource implements ByteSource {
    private final ByteSource file;
    private final AtomicLong lastOpenRead = new AtomicLong();

    CountingSource(Path path) {
      this.file = ByteSource.of(path);
    }

    @Override
    public InputStream open() throws IOException {
      AtomicLong counter = new AtomicLong();
      lastOpenRead.set(0);
      return new FilterInputStream(file.open()) {
        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            lastOpenRead.set(counter.addAndGet(n));
          }
          return n;
        }
      };
    }
  }

  private Path connections(int rows) throws IOException {
    Path file = dir.resolve("Connections.csv");
    try (var out = Files.newBufferedWriter(file)) {
      out.write(
          "Notes:\n\"When exporting your connection data, you may notice that some of the email"
              + " addresses are missing.\"\n\n");
      out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
      for (int i = 1; i <= rows; i++) {
        if (i % 1000 == 0) {
          out.write(",,,,,,07 Jun 2026\n");
        } else {
          out.write(
              "Person"
                  + i
                  + ",\"Surname"
                  + i
                  + ", PhD\",https://www.linkedin.com/in/person-"
                  + i
                  + ",,\"Company "
                  + (i % 97)
                  + ", Inc.\",\"Head of\nThings\","
                  + (1 + i % 28)
                  + " Sep 2021\n");
        }
      }
    }
    return file;
  }

  @Test
  void readsThirtyThousandConnectionsOneAtATime() throws IOException {
    Path file = connections(30_000);
    long size = Files.size(file);
    assertThat(size).isGreaterThan(3_000_000);
    CountingSource source = new CountingSource(file);

    try (ImportReader<ImportedPerson> reader =
        Readers.people(source, ImportFormat.LINKEDIN_CONNECTIONS, ReadLimits.defaults())) {
      ImportedPerson first = reader.next().orElseThrow();
      assertThat(first.fullName()).isEqualTo("Person1 Surname1, PhD");
      // The encoding check has read the whole file; the reading pass only its first buffers.
      assertThat(source.lastOpenRead.get()).isLessThan(200_000);

      WeakReference<ImportedPerson> handedOut = new WeakReference<>(first);
      first = null;
      int count = 1;
      int lastRow = 0;
      for (Optional<ImportedPerson> next = reader.next(); next.isPresent(); next = reader.next()) {
        count++;
        lastRow = next.get().sourceRow();
      }
      assertThat(count).isEqualTo(29_970);
      // Row 4 is the header; row 30,004 (the 30,000th) is a hidden profile.
      assertThat(lastRow).isEqualTo(30_003);
      ReadReport report = reader.report();
      assertThat(report.isComplete()).isTrue();
      assertThat(report.skippedCount()).isEqualTo(30);
      assertThat(report.itemsRead()).isEqualTo(29_970);
      assertThat(isCollected(handedOut)).as("the reader keeps no person it handed out").isTrue();
    }
  }

  @Test
  void readsALargeVCardFileCardByCardAndDropsPhotos() throws IOException {
    Path file = dir.resolve("big.vcf");
    String photo =
        "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD".repeat(1_000).replaceAll("(.{74})", "$1\n ");
    try (var out = Files.newBufferedWriter(file)) {
      for (int i = 1; i <= 2_000; i++) {
        out.write("BEGIN:VCARD\nVERSION:3.0\nFN:Card " + i + "\nEMAIL:c" + i + "@example.com\n");
        out.write(photo + "\nEND:VCARD\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(8_000_000);
    CountingSource source = new CountingSource(file);

    try (ImportReader<ImportedPerson> reader =
        Readers.people(source, ImportFormat.VCARD, ReadLimits.defaults())) {
      assertThat(reader.next().orElseThrow().fullName()).isEqualTo("Card 1");
      assertThat(source.lastOpenRead.get()).isLessThan(200_000);
      assertThat(reader.stream().count()).isEqualTo(1_999);
      assertThat(reader.report().isComplete()).isTrue();
    }
  }

  private static boolean isCollected(WeakReference<?> reference) {
    for (int attempt = 0; attempt < 10 && reference.get() != null; attempt++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return reference.get() == null;
  }
}

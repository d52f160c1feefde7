package app.rapport.imports.read;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip file read with its limits enforced on the bytes actually unpacked, not on the sizes the
 * archive claims, since a zip bomb lies about those. Nothing is ever written to disk.
 */
final class ZipArchive implements Closeable {

  /** Below this, a high compression ratio is normal (a small file of repeated text). */
  private static final long RATIO_GRACE_BYTES = 1024 * 1024;

  private final ZipFile zip;
  private final ReadLimits limits;
  private final List<ZipEntry> entries;
  private final Map<String, Long> unpackedPerEntry = new HashMap<>();
  private long unpackedTotal;

  private ZipArchive(ZipFile zip, ReadLimits limits, List<ZipEntry> entries) {
    this.zip = zip;
    this.limits = limits;
    this.entries = entries;
  }

  static ZipArchive open(Path file, ReadLimits limits) throws StopReading {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new StopReading("The zip file is damaged, so Rapport cannot open it.");
    } catch (IOException | RuntimeException e) {
      throw new StopReading("The zip file could not be opened.");
    }
    try {
      if (zip.size() > limits.maxZipEntries()) {
        throw new StopReading(
            "The zip file holds more than "
                + String.format(java.util.Locale.ROOT, "%,d", limits.maxZipEntries())
                + " files; a LinkedIn export holds far fewer, so Rapport did not unpack it.");
      }
      List<ZipEntry> files = new ArrayList<>();
      long declared = 0;
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        files.add(entry);
        declared += Math.max(0, entry.getSize());
        checkDeclared(entry, limits);
      }
      if (declared > limits.maxZipBytes()) {
        throw tooBigInTotal(limits);
      }
      return new ZipArchive(zip, limits, Collections.unmodifiableList(files));
    } catch (StopReading e) {
      closeQuietly(zip);
      throw e;
    } catch (RuntimeException e) {
      closeQuietly(zip);
      throw new StopReading("The zip file is damaged, so Rapport cannot open it.");
    }
  }

  private static void checkDeclared(ZipEntry entry, ReadLimits limits) throws StopReading {
    long size = entry.getSize();
    long packed = entry.getCompressedSize();
    if (size > limits.maxFileBytes()) {
      throw tooBigEntry(limits);
    }
    if (size > RATIO_GRACE_BYTES && packed > 0 && size / packed > limits.maxZipRatio()) {
      throw tooCompressed(limits);
    }
  }

  List<ZipEntry> entries() {
    return entries;
  }

  ByteSource source(ZipEntry entry) {
    return () -> {
      try {
        return new Guarded(zip.getInputStream(entry), entry);
      } catch (ZipException | RuntimeException e) {
        throw new StopReading("The zip file is damaged, so Rapport cannot open it.");
      }
    };
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // Nothing was written, so there is nothing to lose.
    }
  }

  private static StopReading tooBigEntry(ReadLimits limits) {
    return new StopReading(
        "A file inside the zip unpacks to more than "
            + ReadLimits.size(limits.maxFileBytes())
            + "; Rapport reads files of at most "
            + ReadLimits.size(limits.maxFileBytes())
            + ".");
  }

  private static StopReading tooBigInTotal(ReadLimits limits) {
    return new StopReading(
        "The zip file unpacks to more than "
            + ReadLimits.size(limits.maxZipBytes())
            + "; Rapport unpacks at most "
            + ReadLimits.size(limits.maxZipBytes())
            + " from one zip.");
  }

  private static StopReading tooCompressed(ReadLimits limits) {
    return new StopReading(
        "A file inside the zip is compressed more than "
            + limits.maxZipRatio()
            + " to 1, as zip bombs are; Rapport did not unpack it.");
  }

  /** Counts what is unpacked and stops at the first limit crossed. */
  private final class Guarded extends FilterInputStream {
    private final ZipEntry entry;
    private long unpacked;

    Guarded(InputStream in, ZipEntry entry) {
      super(in);
      this.entry = entry;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n;
      try {
        n = super.read(buffer, offset, length);
      } catch (ZipException e) {
        throw new StopReading("The zip file is damaged, so Rapport cannot read it to the end.");
      }
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      if (skipped > 0) {
        counted(skipped);
      }
      return skipped;
    }

    private void counted(long n) throws StopReading {
      unpacked += n;
      if (unpacked > limits.maxFileBytes()) {
        throw tooBigEntry(limits);
      }
      long packed = entry.getCompressedSize();
      if (unpacked > RATIO_GRACE_BYTES && packed > 0 && unpacked / packed > limits.maxZipRatio()) {
        throw tooCompressed(limits);
      }
      // The same file may be read more than once (encoding, then content): it counts once.
      long before = unpackedPerEntry.getOrDefault(entry.getName(), 0L);
      if (unpacked > before) {
        unpackedPerEntry.put(entry.getName(), unpacked);
        unpackedTotal += unpacked - before;
        if (unpackedTotal > limits.maxZipBytes()) {
          throw tooBigInTotal(limits);
        }
      }
    }
  }
}

package app.rapport.imports.read;

/**
 * How much Rapport agrees to read from one upload. Files beyond these are refused with a message
 * that names the limit, so that a wrong or hostile file cannot fill the memory or the disk.
 *
 * @param maxFileBytes the largest file accepted, and the most one file inside a zip may unpack to
 * @param maxFieldChars the longest single spreadsheet cell or vCard property (photos excepted)
 * @param maxRowChars the longest spreadsheet row
 * @param maxZipBytes the most that all files inside a zip may unpack to together
 * @param maxZipEntries the most files a zip may hold
 * @param maxZipRatio the most a file inside a zip may be compressed (unpacked size over packed)
 * @param maxProblemsKept how many row problems a report keeps word for word; the rest are counted
 */
public record ReadLimits(
    long maxFileBytes,
    int maxFieldChars,
    int maxRowChars,
    long maxZipBytes,
    int maxZipEntries,
    int maxZipRatio,
    int maxProblemsKept) {

  public static final long MB = 1024L * 1024L;

  public static ReadLimits defaults() {
    return new ReadLimits(100 * MB, (int) MB, (int) (4 * MB), 200 * MB, 2_000, 100, 1_000);
  }

  /** "100 MB", "1 MB", "512 KB": how a limit is written in a message. */
  static String size(long bytes) {
    if (bytes >= MB && bytes % MB == 0) {
      return bytes / MB + " MB";
    }
    if (bytes >= MB) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
    if (bytes >= 1024) {
      return (bytes + 1023) / 1024 + " KB";
    }
    return bytes + " bytes";
  }
}

package app.rapport.imports.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells what a file is from its content, never from its name: magic bytes for pictures, documents
 * and archives; the first card line for vCards; the column names for CSV files. A file it cannot
 * read gets a {@link ReadFailure} that says, in plain words, what the file seems to be instead.
 */
public final class FormatDetector {

  private static final Pattern VCARD_LINE = Pattern.compile("(?im)^[ \\t]*BEGIN:VCARD[ \\t]*$");

  private FormatDetector() {}

  public static Detection detect(Path file) {
    return detect(file, ReadLimits.defaults());
  }

  public static Detection detect(Path file, ReadLimits limits) {
    try {
      Detection sized = checkSize(file, limits);
      if (sized != null) {
        return sized;
      }
      ByteSource source = ByteSource.of(file);
      byte[] head = source.head(CsvFile.HEAD_BYTES);
      if (Magic.isZip(head)) {
        try (ZipArchive zip = ZipArchive.open(file, limits)) {
          return LinkedInZip.scan(zip).detection();
        }
      }
      return detectText(source, head, true);
    } catch (StopReading e) {
      return e.failure();
    } catch (IOException | RuntimeException e) {
      return new ReadFailure("The file could not be read.");
    }
  }

  private static Detection checkSize(Path file, ReadLimits limits) throws IOException {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      return new ReadFailure("The file could not be opened.");
    }
    long size = Files.size(file);
    if (size == 0) {
      return new ReadFailure("The file is empty.");
    }
    if (size > limits.maxFileBytes()) {
      return new ReadFailure(
          "The file is "
              + ReadLimits.size(size)
              + "; Rapport reads files of at most "
              + ReadLimits.size(limits.maxFileBytes())
              + ".");
    }
    return null;
  }

  /**
   * What a text file is. With {@code wholeFile} the encoding is checked over the whole file;
   * without, from its start only (enough to recognise the files inside a zip).
   */
  static Detection detectText(ByteSource source, byte[] head, boolean wholeFile)
      throws IOException {
    if (head.length == 0) {
      return new ReadFailure("The file is empty.");
    }
    String notText = Magic.describeBinary(head);
    if (notText != null) {
      return new ReadFailure(notText);
    }
    TextEncoding encoding = wholeFile ? TextEncoding.sniff(source) : TextEncoding.sniffHead(head);
    String text = encoding.decodeHead(head);
    if (Magic.looksBinary(text)) {
      return new ReadFailure(
          "This file is not text, so it is neither an address book nor a LinkedIn export.");
    }
    String start = text.strip();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).strip();
    }
    if (start.isEmpty()) {
      return new ReadFailure("The file is empty: it holds only blank lines.");
    }
    List<String> warnings = new ArrayList<>();
    if (encoding.warning() != null) {
      warnings.add(encoding.warning());
    }
    String firstLine = start.lines().findFirst().orElse("").strip();
    if (firstLine.equalsIgnoreCase("BEGIN:VCARD")) {
      return new Detected(
          ImportFormat.VCARD, List.of(ImportFormat.VCARD), encoding.charset(), warnings);
    }
    String other = Magic.describeText(firstLine);
    if (other != null) {
      return new ReadFailure(other);
    }
    CsvLayout layout = CsvLayout.find(text);
    if ((layout == null || layout.format() == ImportFormat.GENERIC_CSV)
        && VCARD_LINE.matcher(text).find()) {
      return new Detected(
          ImportFormat.VCARD, List.of(ImportFormat.VCARD), encoding.charset(), warnings);
    }
    if (layout == null) {
      return new ReadFailure(
          "This is a text file, but not a table of contacts: Rapport found no column names such"
              + " as \"First Name\" or \"Email\".");
    }
    return new Detected(layout.format(), List.of(layout.format()), encoding.charset(), warnings);
  }
}

package app.rapport.imports.read;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A file Rapport can read.
 *
 * @param format what the file is
 * @param contents the formats inside: for a LinkedIn zip, the LinkedIn files it holds (in the order
 *     connections, messages, invitations); for any other file, just {@code format}
 * @param encoding how the text is encoded; null for a zip, whose files each have their own
 * @param warnings things the user should know before importing, such as a guessed encoding
 */
public record Detected(
    ImportFormat format, List<ImportFormat> contents, Charset encoding, List<String> warnings)
    implements Detection {

  public Detected {
    contents = List.copyOf(contents);
    warnings = List.copyOf(warnings);
  }
}

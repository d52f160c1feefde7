package app.rapport.imports.read;

/** Small text helpers shared by the readers. */
final class Text {

  private Text() {}

  /** The value trimmed of all Unicode white space, or null when nothing is left. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    if (!stripped.isEmpty() && stripped.charAt(0) == '\uFEFF') {
      stripped = stripped.substring(1).strip();
    }
    return stripped.isEmpty() ? null : stripped;
  }

  static boolean isBlank(String value) {
    return clean(value) == null;
  }

  /** Header names compared without case, surrounding space, quotes or a byte order mark. */
  static String headerKey(String name) {
    String cleaned = clean(name);
    if (cleaned == null) {
      return "";
    }
    if (cleaned.length() >= 2 && cleaned.startsWith("\"") && cleaned.endsWith("\"")) {
      cleaned = cleaned.substring(1, cleaned.length() - 1).strip();
    }
    return cleaned.toLowerCase(java.util.Locale.ROOT);
  }
}

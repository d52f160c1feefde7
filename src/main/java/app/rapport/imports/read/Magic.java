package app.rapport.imports.read;

import java.nio.charset.StandardCharsets;

/** Recognises common files that are not address books, so the user hears what they chose. */
final class Magic {

  private static final String NOT_CONTACTS = ", not an address book file.";

  private Magic() {}

  static boolean isZip(byte[] head) {
    return startsWith(head, 'P', 'K', 3, 4)
        || startsWith(head, 'P', 'K', 5, 6)
        || startsWith(head, 'P', 'K', 7, 8);
  }

  /** What a binary file is, from its first bytes, or null when they say nothing. */
  static String describeBinary(byte[] head) {
    if (startsWith(head, 0x89, 'P', 'N', 'G')) {
      return "This is a picture (PNG image)" + NOT_CONTACTS;
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return "This is a picture (JPEG image)" + NOT_CONTACTS;
    }
    if (startsWith(head, 'G', 'I', 'F', '8')) {
      return "This is a picture (GIF image)" + NOT_CONTACTS;
    }
    if (startsWith(head, 'R', 'I', 'F', 'F') && ascii(head, 8, 4).equals("WEBP")) {
      return "This is a picture (WebP image)" + NOT_CONTACTS;
    }
    if (startsWith(head, 'I', 'I', '*', 0) || startsWith(head, 'M', 'M', 0, '*')) {
      return "This is a picture (TIFF image)" + NOT_CONTACTS;
    }
    if (startsWith(head, 'B', 'M') && head.length > 14 && head[6] == 0 && head[7] == 0) {
      return "This is a picture (BMP image)" + NOT_CONTACTS;
    }
    if (ascii(head, 4, 4).equals("ftyp")) {
      String brand = ascii(head, 8, 4);
      if (brand.startsWith("hei") || brand.equals("mif1") || brand.startsWith("avi")) {
        return "This is a picture (HEIC image)" + NOT_CONTACTS;
      }
      return "This is a video or sound file" + NOT_CONTACTS;
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return "This is a PDF document"
          + NOT_CONTACTS
          + " Export your contacts as a vCard (.vcf) or CSV file instead.";
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "This is an older Microsoft Office file, such as an .xls workbook. Open it and save"
          + " it as CSV, then choose that file.";
    }
    if (startsWith(head, 0x1F, 0x8B)
        || startsWith(head, '7', 'z', 0xBC, 0xAF)
        || startsWith(head, 'R', 'a', 'r', '!')
        || startsWith(head, 'B', 'Z', 'h')) {
      return "This is a compressed archive that Rapport cannot open; only zip files are read."
          + " Unpack it and choose the file inside.";
    }
    return null;
  }

  /** What a text file is, from its first line, when it is a known kind of non-contacts file. */
  static String describeText(String firstLine) {
    String line = firstLine.strip();
    String upper = line.toUpperCase(java.util.Locale.ROOT);
    if (upper.startsWith("BEGIN:VCALENDAR")) {
      return "This is a calendar file (iCalendar)" + NOT_CONTACTS;
    }
    if (upper.startsWith("{\\RTF")) {
      return "This is a Rich Text document" + NOT_CONTACTS;
    }
    if (upper.startsWith("<!DOCTYPE HTML") || upper.startsWith("<HTML")) {
      return "This is a web page (HTML)" + NOT_CONTACTS;
    }
    if (upper.startsWith("<?XML") || upper.startsWith("<")) {
      return "This is an XML or web document" + NOT_CONTACTS;
    }
    if (line.startsWith("{") || line.startsWith("[{") || line.equals("[")) {
      return "This is a JSON data file" + NOT_CONTACTS;
    }
    return null;
  }

  /**
   * Whether decoded text is really binary: text has next to no control characters, while random
   * bytes read as text have about one in eight.
   */
  static boolean looksBinary(String text) {
    if (text.isEmpty()) {
      return false;
    }
    int odd = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
          || c == 0x7F
          || c == '\uFFFD') {
        odd++;
      }
    }
    return odd * 100 > text.length();
  }

  private static boolean startsWith(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xff) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static String ascii(byte[] head, int from, int length) {
    if (head.length < from + length) {
      return "";
    }
    return new String(head, from, length, StandardCharsets.ISO_8859_1);
  }
}

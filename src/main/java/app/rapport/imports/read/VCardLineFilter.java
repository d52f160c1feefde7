package app.rapport.imports.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stands between the file and ez-vcard, line by line, so that a vCard file of any size is read with
 * flat memory and a damaged one still reads:
 *
 * <ul>
 *   <li>photos, logos, sounds and keys are dropped before they are decoded: Rapport does not import
 *       them, and a 100 MB address book is mostly photos;
 *   <li>any other property longer than the field limit stops reading with a message;
 *   <li>a card without END:VCARD is closed where the next card begins or the file ends, and the
 *       card is reported (ez-vcard would otherwise swallow the cards after it);
 *   <li>text outside any card is left out;
 *   <li>a quoted-printable value without a CHARSET parameter (old phones and Outlook write them in
 *       their own code page) is given one: UTF-8 when its bytes are UTF-8, else Windows-1252 with a
 *       warning, rather than left for the decoder to turn accented letters into "�".
 * </ul>
 *
 * Lines folded with a leading space or tab, and vCard 2.1 quoted-printable soft line breaks (a line
 * ending in "="), count as part of the property they continue.
 */
final class VCardLineFilter extends Reader {

  private static final Set<String> BINARY = Set.of("PHOTO", "LOGO", "SOUND", "KEY");
  private static final int NAME_WINDOW = 256;
  private static final int JUNK_WINDOW = 64;

  static final String QUOTED_PRINTABLE_NOT_UTF8 =
      "Some cards' accented letters were not written in UTF-8; read them as Windows-1252 — check"
          + " names with accents.";

  private final Reader in;
  private final ReadLimits limits;
  private final ReportBuilder report;
  private final char[] chunk = new char[16 * 1024];
  private final StringBuilder line = new StringBuilder();
  private final StringBuilder out = new StringBuilder();
  private int outPosition;
  private boolean endOfInput;

  private boolean lineStarted;
  private boolean dropLine;
  private boolean continuation;
  private boolean nameDecided;
  private String name = "";
  private String previousName = "";
  private boolean droppingProperty;
  private boolean quotedPrintable;
  private boolean softBreak;
  private long propertyLength;
  private boolean afterCarriageReturn;
  private int depth;
  private int cards;

  /** The lines of a quoted-printable property without CHARSET, held until the property ends. */
  private List<String> held;

  VCardLineFilter(Reader in, ReadLimits limits, ReportBuilder report) {
    this.in = in;
    this.limits = limits;
    this.report = report;
  }

  /** How many cards have begun so far. */
  int cardsBegun() {
    return cards;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (outPosition >= out.length() && !endOfInput) {
      out.setLength(0);
      outPosition = 0;
      int n = in.read(chunk, 0, chunk.length);
      if (n < 0) {
        endInput();
      } else {
        for (int i = 0; i < n; i++) {
          accept(chunk[i]);
        }
      }
    }
    int available = out.length() - outPosition;
    if (available <= 0) {
      return -1;
    }
    int count = Math.min(length, available);
    out.getChars(outPosition, outPosition + count, buffer, offset);
    outPosition += count;
    return count;
  }

  private void accept(char c) throws StopReading {
    if (c == '\n' && afterCarriageReturn) {
      afterCarriageReturn = false;
      return;
    }
    afterCarriageReturn = c == '\r';
    if (c == '\r' || c == '\n') {
      endLine();
      return;
    }
    if (!lineStarted) {
      startLine(c);
    }
    if (dropLine) {
      return;
    }
    line.append(c);
    if (!continuation) {
      if (depth == 0 && line.length() > JUNK_WINDOW) {
        // Only BEGIN:VCARD matters outside a card, and it is short.
        dropLine = true;
        line.setLength(0);
        return;
      }
      if (!nameDecided && (c == ':' || c == ';' || line.length() > NAME_WINDOW)) {
        decideName();
        if (dropLine) {
          return;
        }
      }
      if (c == ':' && !quotedPrintable) {
        quotedPrintable = line.toString().toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE");
      }
    }
    propertyLength++;
    if (propertyLength > limits.maxFieldChars()) {
      throw new StopReading(
          "Card "
              + Math.max(cards, 1)
              + " has a field longer than "
              + ReadLimits.size(limits.maxFieldChars())
              + "; is this really an address book file?");
    }
  }

  private void startLine(char first) {
    lineStarted = true;
    boolean folded = first == ' ' || first == '\t';
    continuation = folded || softBreak;
    softBreak = false;
    if (continuation) {
      dropLine = droppingProperty;
      return;
    }
    releaseHeld();
    droppingProperty = false;
    nameDecided = false;
    quotedPrintable = false;
    propertyLength = 0;
    previousName = name;
    name = "";
  }

  private void decideName() {
    nameDecided = true;
    String head = line.toString();
    int end = head.length();
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == ':' || c == ';') {
        end = i;
        break;
      }
    }
    String qualified = head.substring(0, end).strip();
    int dot = qualified.lastIndexOf('.');
    name = (dot >= 0 ? qualified.substring(dot + 1) : qualified).toUpperCase(Locale.ROOT);
    if (depth > 0 && BINARY.contains(name)) {
      droppingProperty = true;
      dropLine = true;
      line.setLength(0);
    }
  }

  private void endLine() {
    if (!lineStarted) {
      // Blank lines are passed on: a blank line ends a quoted-printable value for ez-vcard, and
      // some phones end every line with CR CR LF. A folded photo may go on after one, so it
      // stays dropped until the next property.
      softBreak = false;
      if (depth > 0) {
        releaseHeld();
        emit("");
      }
      return;
    }
    if (!dropLine) {
      String text = line.toString();
      if (continuation) {
        if (held != null) {
          held.add(text);
        } else if (depth > 0) {
          emit(text);
        }
      } else {
        newProperty(text);
      }
      softBreak = quotedPrintable && text.endsWith("=");
    }
    line.setLength(0);
    lineStarted = false;
    dropLine = false;
  }

  private void newProperty(String text) {
    String trimmed = text.strip();
    if (trimmed.equalsIgnoreCase("BEGIN:VCARD")) {
      if (depth > 0 && !previousName.equals("AGENT")) {
        closeOpenCard("This card has no END:VCARD line; it was read up to where the next begins.");
      }
      if (depth == 0) {
        cards++;
      }
      depth++;
      emit("BEGIN:VCARD");
      name = "BEGIN";
    } else if (trimmed.equalsIgnoreCase("END:VCARD")) {
      if (depth > 0) {
        depth--;
        emit("END:VCARD");
      }
    } else if (depth > 0) {
      if (quotedPrintable && !hasCharset(text)) {
        held = new ArrayList<>();
        held.add(text);
      } else {
        emit(text);
      }
    }
  }

  private static boolean hasCharset(String text) {
    int colon = text.indexOf(':');
    return colon >= 0 && text.substring(0, colon).toUpperCase(Locale.ROOT).contains("CHARSET=");
  }

  /**
   * Passes on the held property with the CHARSET its bytes call for. Its lines are written as they
   * came, so that ez-vcard unfolds and decodes them as it would have.
   */
  private void releaseHeld() {
    if (held == null) {
      return;
    }
    List<String> lines = held;
    held = null;
    String first = lines.get(0);
    int colon = first.indexOf(':');
    boolean utf8 = TextEncoding.isStrictUtf8(quotedPrintableBytes(lines, colon));
    if (!utf8) {
      report.warning(QUOTED_PRINTABLE_NOT_UTF8);
    }
    emit(
        first.substring(0, colon)
            + (utf8 ? ";CHARSET=UTF-8" : ";CHARSET=windows-1252")
            + first.substring(colon));
    for (int i = 1; i < lines.size(); i++) {
      emit(lines.get(i));
    }
  }

  /** The bytes a quoted-printable value stands for, its soft line breaks and folds undone. */
  private static byte[] quotedPrintableBytes(List<String> lines, int colon) {
    StringBuilder value = new StringBuilder(lines.get(0).substring(colon + 1));
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (value.length() > 0 && value.charAt(value.length() - 1) == '=') {
        value.setLength(value.length() - 1);
        value.append(line);
      } else {
        value.append(line.isEmpty() ? line : line.substring(1));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
    int i = 0;
    while (i < value.length()) {
      int high = hexAt(value, i + 1);
      int low = hexAt(value, i + 2);
      if (value.charAt(i) == '=' && high >= 0 && low >= 0) {
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        int codePoint = value.codePointAt(i);
        bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint);
      }
    }
    return bytes.toByteArray();
  }

  private static int hexAt(CharSequence text, int index) {
    if (index >= text.length() || text.charAt(index) >= 0x80) {
      return -1;
    }
    return Character.digit(text.charAt(index), 16);
  }

  private void closeOpenCard(String problem) {
    report.problem(cards, problem);
    while (depth > 0) {
      emit("END:VCARD");
      depth--;
    }
  }

  private void endInput() {
    if (lineStarted) {
      endLine();
    }
    releaseHeld();
    if (depth > 0) {
      closeOpenCard("This card has no END:VCARD line; it was read to the end of the file.");
    }
    endOfInput = true;
  }

  private void emit(String text) {
    out.append(text).append("\r\n");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

package app.rapport.imports.read;

import java.io.IOException;
import java.io.Reader;
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
 *   <li>text outside any card is left out.
 * </ul>
 *
 * Lines folded with a leading space or tab, and vCard 2.1 quoted-printable soft line breaks (a line
 * ending in "="), count as part of the property they continue.
 */
final class VCardLineFilter extends Reader {

  private static final Set<String> BINARY = Set.of("PHOTO", "LOGO", "SOUND", "KEY");
  private static final int NAME_WINDOW = 256;
  private static final int JUNK_WINDOW = 64;

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
        emit("");
      }
      return;
    }
    if (!dropLine) {
      String text = line.toString();
      if (continuation) {
        if (depth > 0) {
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
      emit(text);
    }
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

package app.rapport.imports.read;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a text file is encoded, settled from its bytes before it is read: a byte order mark wins;
 * else UTF-16 without a mark is recognised by its zero bytes; else the whole file is checked as
 * strict UTF-8, in chunks so that memory stays flat; a file that is not valid UTF-8 is read as
 * Windows-1252, the usual encoding of spreadsheets saved on Windows, with a warning.
 *
 * @param bomLength bytes of byte order mark to skip before decoding
 * @param warning what to tell the user about the guess, or null
 */
record TextEncoding(Charset charset, int bomLength, String warning) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static final String NOT_UTF8_WARNING =
      "The file was not UTF-8; read it as Windows-1252 — check names with accents.";

  private static final int UTF16_SAMPLE = 4096;

  static TextEncoding sniff(ByteSource source) throws IOException {
    byte[] head = source.head(UTF16_SAMPLE);
    TextEncoding marked = fromByteOrderMark(head);
    if (marked != null) {
      return marked;
    }
    Charset utf16 = utf16WithoutMark(head);
    if (utf16 != null) {
      return new TextEncoding(utf16, 0, null);
    }
    try (InputStream in = source.open()) {
      return isStrictUtf8(in)
          ? new TextEncoding(StandardCharsets.UTF_8, 0, null)
          : new TextEncoding(WINDOWS_1252, 0, NOT_UTF8_WARNING);
    }
  }

  /** The encoding judged from the first bytes only, for a quick look at a file's start. */
  static TextEncoding sniffHead(byte[] head) {
    TextEncoding marked = fromByteOrderMark(head);
    if (marked != null) {
      return marked;
    }
    Charset utf16 = utf16WithoutMark(head);
    if (utf16 != null) {
      return new TextEncoding(utf16, 0, null);
    }
    boolean utf8;
    try {
      utf8 = isStrictUtf8(new java.io.ByteArrayInputStream(head), true);
    } catch (IOException e) {
      utf8 = false;
    }
    return utf8
        ? new TextEncoding(StandardCharsets.UTF_8, 0, null)
        : new TextEncoding(WINDOWS_1252, 0, NOT_UTF8_WARNING);
  }

  private static TextEncoding fromByteOrderMark(byte[] head) {
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      return new TextEncoding(StandardCharsets.UTF_8, 3, null);
    }
    if (startsWith(head, 0xFF, 0xFE)) {
      return new TextEncoding(StandardCharsets.UTF_16LE, 2, null);
    }
    if (startsWith(head, 0xFE, 0xFF)) {
      return new TextEncoding(StandardCharsets.UTF_16BE, 2, null);
    }
    return null;
  }

  /**
   * Mostly-Latin text in UTF-16 has a zero in every other byte; in UTF-8 or Windows-1252 text a
   * zero byte does not occur at all.
   */
  private static Charset utf16WithoutMark(byte[] head) {
    int pairs = head.length / 2;
    if (pairs < 2) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < head.length; i += 2) {
      if (head[i] == 0) {
        evenZeros++;
      }
      if (head[i + 1] == 0) {
        oddZeros++;
      }
    }
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
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

  private static boolean isStrictUtf8(InputStream in) throws IOException {
    return isStrictUtf8(in, false);
  }

  /** Whether these bytes, all of a text, are valid UTF-8. */
  static boolean isStrictUtf8(byte[] bytes) {
    try {
      return isStrictUtf8(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes the stream in chunks and reports whether every byte was valid UTF-8. When the input is
   * only the start of a file, a multi-byte character cut at the end is not held against it.
   */
  private static boolean isStrictUtf8(InputStream in, boolean truncated) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    byte[] chunk = new byte[64 * 1024];
    int n;
    while ((n = in.read(chunk, 0, bytes.remaining())) >= 0) {
      bytes.put(chunk, 0, n);
      bytes.flip();
      CoderResult result = decoder.decode(bytes, chars, false);
      if (result.isError()) {
        return false;
      }
      chars.clear();
      bytes.compact();
    }
    bytes.flip();
    if (truncated) {
      return bytes.remaining() < 4;
    }
    CoderResult result = decoder.decode(bytes, chars, true);
    if (result.isError()) {
      return false;
    }
    return !decoder.flush(chars).isError();
  }

  /** Opens the source as text, skipping the byte order mark; undecodable bytes become U+FFFD. */
  Reader open(ByteSource source) throws IOException {
    InputStream in = source.open();
    try {
      in.skipNBytes(bomLength);
    } catch (java.io.EOFException e) {
      // A file holding only its byte order mark is simply empty.
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(in, decoder), 16 * 1024);
  }

  /** Decodes the start of a file, for looking at it. */
  String decodeHead(byte[] head) {
    int start = Math.min(bomLength, head.length);
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer chars = CharBuffer.allocate(head.length + 16);
      decoder.decode(ByteBuffer.wrap(head, start, head.length - start), chars, false);
      chars.flip();
      return chars.toString();
    } catch (RuntimeException e) {
      return new String(head, start, head.length - start, charset);
    }
  }
}

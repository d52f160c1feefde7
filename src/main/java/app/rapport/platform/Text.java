package app.rapport.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by matching, sorting and search, so every feature folds the same way. */
public final class Text {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Text() {}

  /** Lower case, accents removed, runs of space made one: " José Núñez " becomes "jose nunez". */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    return isAscii(text) ? foldAscii(text) : foldUnicode(text);
  }

  static String foldUnicode(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #fold} for plain ASCII text, which has no accents to remove: the same result without
   * Unicode normalisation, which imports call tens of thousands of times.
   */
  private static String foldAscii(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // the characters of the regular expression \s, run together into one space
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!inSpace) {
          folded.append(' ');
          inSpace = true;
        }
        continue;
      }
      inSpace = false;
      folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return folded.toString().trim();
  }

  /** The words of a text as search sees them: folded, with punctuation turned into spaces. */
  public static String words(String text) {
    String folded = fold(text);
    return isAscii(folded) ? asciiWords(folded) : splitGenerally(folded);
  }

  private static String splitGenerally(String folded) {
    return NOT_WORD.matcher(folded).replaceAll(" ").trim();
  }

  /**
   * {@link #words} of folded ASCII text, whose only letters and digits are a to z and 0 to 9: each
   * run of anything else becomes one space, as the regular expression does, without it (every
   * person imported is indexed through here).
   */
  static String asciiWords(String folded) {
    StringBuilder words = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && words.length() > 0) {
          words.append(' ');
        }
        gap = false;
        words.append(c);
      } else {
        gap = true;
      }
    }
    return words.toString();
  }

  /** {@link #words} the general way, for any text; tests compare it with the ASCII way. */
  static String wordsGenerally(String text) {
    return splitGenerally(fold(text));
  }

  /**
   * The number written in {@code text[from, to)} with the digits 0 to 9 alone, or -1 if a character
   * there is anything else: for fixed-width dates, read without the general parsers.
   */
  public static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Trimmed text, or null when nothing but space was given. */
  public static String trimToNull(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}

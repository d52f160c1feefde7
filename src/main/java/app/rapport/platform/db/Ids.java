package app.rapport.platform.db;

import com.github.f4b6a3.tsid.Tsid;
import com.github.f4b6a3.tsid.TsidCreator;
import java.util.Optional;

/**
 * Identifiers are made by the application, not the database: 64-bit time-sorted ids (TSID), stored
 * as {@code BIGINT} and shown outside as 13-character strings such as {@code 0AXS3J5Q0T7W2}. See
 * {@code docs/adr/0003-application-generated-ids.md}.
 */
public final class Ids {

  private Ids() {}

  public static long next() {
    return TsidCreator.getTsid().toLong();
  }

  public static String format(long id) {
    return Tsid.from(id).toString();
  }

  /** The id a string stands for, or empty when it is not an id at all. */
  public static Optional<Long> parse(String text) {
    if (text == null || !Tsid.isValid(text.trim())) {
      return Optional.empty();
    }
    return Optional.of(Tsid.from(text.trim()).toLong());
  }
}

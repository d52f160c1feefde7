package app.rapport.reminders;

import app.rapport.platform.db.Ids;
import app.rapport.platform.security.SecretBox;
import java.util.Optional;

/**
 * Secret link tokens: the account's id (13 characters) followed by 128 random bits (22 characters).
 * The id lets the link find its account by primary key, in one account's rows only; the random part
 * is the secret, stored only as a hash.
 */
final class FeedTokens {

  static final int ID_LENGTH = 13;

  private FeedTokens() {}

  static String make(long account) {
    return Ids.format(account) + SecretBox.newToken();
  }

  /** The account a token names, or empty when it is not shaped like a token at all. */
  static Optional<Long> account(String token) {
    if (token == null || token.length() != ID_LENGTH + 22) {
      return Optional.empty();
    }
    return Ids.parse(token.substring(0, ID_LENGTH));
  }
}

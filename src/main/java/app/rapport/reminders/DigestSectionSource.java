package app.rapport.reminders;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A feature's part of the weekly email. The week's plan is the first; goal progress and the
 * Ready-10 change will be others, each a bean in its own feature, ordered with {@code @Order}. A
 * source with nothing to say this week answers empty and is left out.
 */
public interface DigestSectionSource {

  Optional<DigestSection> section(long account, LocalDate today);
}

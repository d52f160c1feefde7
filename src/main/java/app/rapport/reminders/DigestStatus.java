package app.rapport.reminders;

import java.time.Instant;

/**
 * How the weekly email is doing: when the last one went and to whom, and, when one is waiting for
 * the mail server, what failed and when it is tried again. Null fields mean "none".
 */
public record DigestStatus(
    Instant lastSentAt,
    String lastSentTo,
    Instant waitingSince,
    String problem,
    Instant nextAttemptAt) {}

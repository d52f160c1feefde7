package app.rapport.reminders;

import java.time.Instant;

/**
 * The outcome of "send the weekly email now": sent, or waiting for the mail server, in which case
 * {@code problem} says why in plain words and {@code nextAttemptAt} when it is tried again.
 */
public record DigestSendResult(
    boolean sent, String to, int attempts, String problem, Instant nextAttemptAt) {}

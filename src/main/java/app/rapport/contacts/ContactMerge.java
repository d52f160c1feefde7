package app.rapport.contacts;

import java.time.Instant;

/** Two people made one: the one kept, the one merged into them (kept, deleted, for undo). */
public record ContactMerge(
    long id, long keptId, long mergedId, Instant mergedAt, Instant undoneAt) {}

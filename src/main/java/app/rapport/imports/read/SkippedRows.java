package app.rapport.imports.read;

/** Rows left out on purpose, such as LinkedIn rows of hidden profiles, counted per reason. */
public record SkippedRows(String reason, int count) {}

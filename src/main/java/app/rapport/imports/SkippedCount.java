package app.rapport.imports;

/** Rows of the file left out on purpose, counted per reason ("hidden LinkedIn profiles"). */
public record SkippedCount(String reason, int count) {}

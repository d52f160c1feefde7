package app.rapport.contacts;

/** Whose value a merged person keeps: the person kept, the one merged into them, or both. */
public enum MergeSide {
  KEEP,
  MERGE,
  BOTH
}

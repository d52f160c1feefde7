package app.rapport.platform.web;

/**
 * A message shown once at the top of the next page, such as "Ana Ruiz was deleted", optionally with
 * an undo button that posts to {@code undoUrl}.
 */
public record Notice(String message, String undoUrl, String undoLabel) {

  public static Notice of(String message) {
    return new Notice(message, null, null);
  }

  public static Notice withUndo(String message, String undoUrl) {
    return new Notice(message, undoUrl, "Undo");
  }

  public boolean hasUndo() {
    return undoUrl != null;
  }
}

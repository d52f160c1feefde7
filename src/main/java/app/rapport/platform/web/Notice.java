package app.rapport.platform.web;

/**
 * A message shown once at the top of the next page, such as "Ana Ruiz was deleted", optionally with
 * an undo button that posts to {@code undoUrl}, or a link to what to do next.
 */
public record Notice(
    String message, String undoUrl, String undoLabel, String linkUrl, String linkLabel) {

  public static Notice of(String message) {
    return new Notice(message, null, null, null, null);
  }

  public static Notice withUndo(String message, String undoUrl) {
    return new Notice(message, undoUrl, "Undo", null, null);
  }

  /** A message with a link to the next step, such as "Note the names they mentioned". */
  public static Notice withLink(String message, String linkUrl, String linkLabel) {
    return new Notice(message, null, null, linkUrl, linkLabel);
  }

  public boolean hasUndo() {
    return undoUrl != null;
  }

  public boolean hasLink() {
    return linkUrl != null;
  }
}

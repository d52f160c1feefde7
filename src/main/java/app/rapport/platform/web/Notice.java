package app.rapport.platform.web;

/**
 * A message shown once at the top of the next page, such as "Ana Ruiz was deleted", optionally with
 * an undo button that posts to {@code undoUrl}, or a link to what to do next. A problem (a button
 * whose action could not be done) is shown apart, marked as a problem and announced at once.
 */
public record Notice(
    String message,
    String undoUrl,
    String undoLabel,
    String linkUrl,
    String linkLabel,
    boolean problem) {

  public static Notice of(String message) {
    return new Notice(message, null, null, null, null, false);
  }

  public static Notice withUndo(String message, String undoUrl) {
    return new Notice(message, undoUrl, "Undo", null, null, false);
  }

  /** A message with a link to the next step, such as "Note the names they mentioned". */
  public static Notice withLink(String message, String linkUrl, String linkLabel) {
    return new Notice(message, null, null, linkUrl, linkLabel, false);
  }

  /** Why a button's action was not done, such as "Choose a day after today." */
  public static Notice problem(String message) {
    return new Notice(message, null, null, null, null, true);
  }

  public boolean hasUndo() {
    return undoUrl != null;
  }

  public boolean hasLink() {
    return linkUrl != null;
  }
}

package app.rapport.platform;

/**
 * An edit based on an old copy: someone (another tab, a script) saved a change after the user
 * opened the record. Saving anyway would silently undo that change, so the edit is refused.
 */
public class StaleEdit extends RuntimeException {

  public StaleEdit(String what) {
    super("This " + what + " was changed since you opened it.");
  }
}

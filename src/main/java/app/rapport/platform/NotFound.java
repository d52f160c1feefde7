package app.rapport.platform;

/** Something the user asked for by id is not there (never was, or belongs to someone else). */
public class NotFound extends RuntimeException {

  private final String what;

  public NotFound(String what, String id) {
    super("No " + what + " with id " + id);
    this.what = what;
  }

  /** What kind of thing was missing, in plain words: "person", "organisation". */
  public String what() {
    return what;
  }
}

package app.rapport.introductions;

/**
 * A person an introduction or an opportunity names. {@code removed} when the person has since been
 * deleted; the name is the one last known, kept even after the person is removed for good.
 */
public record PersonRef(long contactId, String fullName, boolean removed) {

  public String firstName() {
    int space = fullName.indexOf(' ');
    return space > 0 ? fullName.substring(0, space) : fullName;
  }
}

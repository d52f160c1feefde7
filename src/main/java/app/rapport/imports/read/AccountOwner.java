package app.rapport.imports.read;

/**
 * The person whose LinkedIn export it is, used to tell sent messages from received ones. Either
 * part may be null, not both.
 */
public record AccountOwner(String name, String profileUrl) {

  public AccountOwner {
    if (Text.clean(name) == null && Text.clean(profileUrl) == null) {
      throw new IllegalArgumentException("The owner needs a name or a profile address");
    }
    name = Text.clean(name);
    profileUrl = Text.clean(profileUrl);
  }
}

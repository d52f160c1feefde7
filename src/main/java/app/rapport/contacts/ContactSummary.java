package app.rapport.contacts;

import app.rapport.model.Tier;
import java.util.List;

/** A person as one row of a list shows them. */
public record ContactSummary(
    long id,
    String fullName,
    Long organizationId,
    String company,
    String title,
    Tier tier,
    String primaryEmail,
    List<String> tags) {

  /** The first word of the name, for a friendly sentence ("Ask Ana…"). */
  public String firstName() {
    int space = fullName.indexOf(' ');
    return space > 0 ? fullName.substring(0, space) : fullName;
  }

  /**
   * Their role and where they work ("Director, Acme"), either alone, or null when neither is known.
   */
  public String titleAndCompany() {
    if (company == null) {
      return title;
    }
    return title == null ? company : title + ", " + company;
  }
}

package app.rapport.organizations;

import app.rapport.platform.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** What adding or editing an organisation takes. */
public record OrganizationCommand(
    @NotBlank(message = "Please enter the organisation's name.")
        @Size(max = 200, message = "A name has at most {max} characters.")
        String name,
    @Size(max = 500, message = "A web address has at most {max} characters.")
        @Pattern(
            regexp = "^https?://[^\\s/$.?#][^\\s]*$",
            message = "Enter the whole web address, such as https://www.contoso.com.")
        String website,
    @Size(max = 100, message = "An industry has at most {max} characters.") String industry,
    boolean target,
    @Size(max = 20000, message = "Notes have at most {max} characters.") String notes) {

  public OrganizationCommand normalised() {
    String site = Text.trimToNull(website);
    if (site != null
        && !site.matches("(?i)^[a-z][a-z0-9+.-]*://.*")
        && site.matches("(?i)^(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+(/.*)?$")) {
      site = "https://" + site;
    }
    return new OrganizationCommand(
        Objects.requireNonNullElse(Text.trimToNull(name), ""),
        site,
        Text.trimToNull(industry),
        target,
        Text.trimToNull(notes));
  }
}

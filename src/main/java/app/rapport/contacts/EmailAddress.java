package app.rapport.contacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * An email address with its label ("work", "personal"). A tie that lives only in a work inbox dies
 * when one of you changes jobs, so the label matters.
 *
 * <p>The address rule is the one browsers apply to {@code <input type="email">} (WHATWG), so the
 * page and the server agree on what is valid.
 */
public record EmailAddress(
    @NotBlank(message = "Enter the email address, or remove this row.")
        @Size(max = 254, message = "An email address has at most {max} characters.")
        @Pattern(
            regexp = WHATWG,
            message =
                "This does not look like an email address; it should look like ana@example.com.")
        String value,
    @Size(max = 40, message = "Use at most {max} characters for the label.") String label) {

  public static final String WHATWG =
      "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
          + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$";

  /** The form matched on when looking for the same person twice: trimmed and lower case. */
  public String key() {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the label says the address belongs to an employer. */
  public boolean isWork() {
    return label != null && label.trim().equalsIgnoreCase("work");
  }
}

package app.rapport.contacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A phone number as the user typed it or a file held it, with its normalised E.164 form when the
 * number is valid ({@code +46701234567}) and its label ("mobile", "work", "home").
 */
public record PhoneNumber(
    @NotBlank(message = "Enter the phone number, or remove this row.")
        @Size(max = 40, message = "A phone number has at most {max} characters.")
        String value,
    @Size(max = 40, message = "Use at most {max} characters for the label.") String label,
    String e164) {

  public static PhoneNumber of(String value, String label) {
    return new PhoneNumber(value, label, null);
  }

  public boolean isWork() {
    return label != null && label.trim().equalsIgnoreCase("work");
  }
}

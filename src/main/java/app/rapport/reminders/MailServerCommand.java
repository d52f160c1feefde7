package app.rapport.reminders;

import app.rapport.contacts.EmailAddress;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What saving the mail server takes. A null {@code password} keeps the saved one (or, with none
 * saved, the one in the environment variable {@code SPRING_MAIL_PASSWORD}).
 */
public record MailServerCommand(
    @NotBlank(message = "Enter the mail server's name, such as smtp.example.com.")
        @Size(max = 253, message = "A server name has at most {max} characters.")
        @Pattern(
            regexp = "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^\\[?[0-9A-Fa-f:.]+]?$",
            message = "Write the server's name only, such as smtp.example.com, without http://.")
        String host,
    @Min(value = 1, message = "The port is a number from 1 to 65535, usually 587 or 465.")
        @Max(value = 65535, message = "The port is a number from 1 to 65535, usually 587 or 465.")
        int port,
    @NotNull(message = "Choose how the connection is protected.") MailServer.Security security,
    @Size(max = 254, message = "Use at most {max} characters.") String username,
    @Size(max = 500, message = "Use at most {max} characters.") String password,
    @Size(max = 254, message = "An email address has at most {max} characters.")
        @Pattern(
            regexp = EmailAddress.WHATWG,
            message =
                "This does not look like an email address; it should look like ana@example.com.")
        String fromAddress) {

  /** Reads the fields as a page or a script sent them. */
  public static MailServerCommand parse(
      String host,
      String port,
      String security,
      String username,
      String password,
      String fromAddress) {
    List<FieldProblem> problems = new ArrayList<>();
    int parsedPort = 0;
    try {
      parsedPort = Integer.parseInt(String.valueOf(Text.trimToNull(port)));
    } catch (NumberFormatException e) {
      problems.add(
          new FieldProblem("port", "The port is a number from 1 to 65535, usually 587 or 465."));
    }
    MailServer.Security parsedSecurity = null;
    try {
      parsedSecurity =
          MailServer.Security.valueOf(
              String.valueOf(Text.trimToNull(security)).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("security", "Choose STARTTLS, TLS or NONE."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new MailServerCommand(
        Text.trimToNull(host),
        parsedPort,
        parsedSecurity,
        Text.trimToNull(username),
        password == null || password.isEmpty() ? null : password,
        Text.trimToNull(fromAddress));
  }
}

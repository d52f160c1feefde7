package app.rapport.opportunities;

import app.rapport.introductions.PersonInput;
import app.rapport.model.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What adding or editing an opportunity takes. The source is worked out when left empty: an
 * introduction, else someone you know, else a direct application.
 */
public record OpportunityCommand(
    @NotBlank(message = "Write the role or what the opportunity is.")
        @Size(max = 200, message = "Use at most {max} characters.")
        String title,
    @Size(max = 200, message = "An organisation's name has at most {max} characters.")
        String organization,
    Stage stage,
    OpportunitySource source,
    Channel channel,
    LocalDate openedOn,
    @Size(max = 500, message = "Use at most {max} characters.") String nextStep,
    LocalDate nextStepOn,
    @Size(max = 20000, message = "Notes have at most {max} characters.") String notes,
    Long introductionId,
    @Size(max = 20, message = "An opportunity can name at most {max} people.")
        List<Involvement> people) {

  public OpportunityCommand {
    people = people == null ? List.of() : people;
  }

  /** A person named with their part in the opportunity. */
  public record Involvement(PersonInput person, PersonRole role) {}
}

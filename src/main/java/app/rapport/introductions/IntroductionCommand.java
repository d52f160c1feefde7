package app.rapport.introductions;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What recording an introduction takes: who made (or offered) it and to whom, each either someone
 * in Rapport or a new person added on the way; when; how far it got; and why it matters.
 */
public record IntroductionCommand(
    PersonInput introducer,
    PersonInput introduced,
    LocalDate occurredOn,
    IntroductionStatus status,
    @Size(max = 2000, message = "Use at most {max} characters.") String context,
    Long touchpointId) {}

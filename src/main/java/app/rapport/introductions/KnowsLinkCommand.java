package app.rapport.introductions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What noting that two people know each other takes: who, how, and, where it helps, the place and
 * the years ("worked together at Fabrikam, 2012 to 2018"). {@code professional} is left null to
 * follow {@code how}: colleagues know each other through work, others privately.
 */
public record KnowsLinkCommand(
    PersonInput person,
    PersonInput other,
    @NotNull(message = "Choose how they know each other.") KnowsHow how,
    Boolean professional,
    @Size(max = 200, message = "An organisation's name has at most {max} characters.")
        String organization,
    Integer fromYear,
    Integer toYear,
    @Size(max = 500, message = "Use at most {max} characters.") String note) {}

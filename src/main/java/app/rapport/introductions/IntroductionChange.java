package app.rapport.introductions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What editing an introduction can change: how far it got, when, and why it matters. */
public record IntroductionChange(
    @NotNull(message = "Choose the day it happened.") LocalDate occurredOn,
    @NotNull(message = "Choose how far the introduction got.") IntroductionStatus status,
    @Size(max = 2000, message = "Use at most {max} characters.") String context) {}

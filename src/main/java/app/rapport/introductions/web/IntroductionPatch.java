package app.rapport.introductions.web;

import app.rapport.introductions.IntroductionStatus;
import java.time.LocalDate;

/** What {@code PATCH /api/v1/introductions/{id}} merges into: the parts that can change. */
public record IntroductionPatch(
    LocalDate occurredOn, IntroductionStatus status, String context, Integer version) {}

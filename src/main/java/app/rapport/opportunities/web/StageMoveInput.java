package app.rapport.opportunities.web;

import app.rapport.opportunities.Stage;
import java.time.LocalDate;

/** The body of {@code POST /api/v1/opportunities/{id}/stage}; {@code on} defaults to today. */
public record StageMoveInput(Stage stage, LocalDate on) {}

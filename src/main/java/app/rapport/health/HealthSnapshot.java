package app.rapport.health;

import java.time.LocalDate;

/** The Ready-10 in one week, for the trend chart. */
public record HealthSnapshot(LocalDate weekStart, Integer ready10, int qualifying, int activated) {}

package app.rapport.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Latent trust L, a tie's value for a reconnection, which outlives warmth by years (§9.3c): {@code
 * L = L0 × max(0.5, 1 − 0.025 × years since last contact)}, where L0 is the closeness the tie had
 * when contact was last regular.
 *
 * <p>It falls linearly to half over 20 years and stays there (Burt 2001: attachment falls to about
 * half over twenty years). There is no extra penalty for being dormant longer than three years:
 * Levin, Walter &amp; Murnighan 2011 found ties dormant longer no less valuable. This is why a tie
 * is never deleted or archived for being cold.
 */
public final class LatentTrust {

  /** Days in a year, averaged over leap years. */
  static final double DAYS_PER_YEAR = 365.25;

  private final ModelParameters parameters;

  public LatentTrust(ModelParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * L for a tie whose closeness was {@code closenessAtLastRegularContact} (L0, 0..1) after {@code
   * yearsSinceLastContact} years; negative years count as none.
   */
  public double of(double closenessAtLastRegularContact, double yearsSinceLastContact) {
    if (!(closenessAtLastRegularContact >= 0 && closenessAtLastRegularContact <= 1)) {
      throw new IllegalArgumentException("L0 must be between 0 and 1");
    }
    if (Double.isNaN(yearsSinceLastContact)) {
      throw new IllegalArgumentException("years must be a number");
    }
    double years = Math.max(0, yearsSinceLastContact);
    double remaining =
        Math.max(parameters.latentTrustFloor(), 1 - parameters.latentTrustLossPerYear() * years);
    return closenessAtLastRegularContact * remaining;
  }

  /** L on {@code today} for a tie last in (two-way) contact on {@code lastContact}. */
  public double of(double closenessAtLastRegularContact, LocalDate lastContact, LocalDate today) {
    return of(closenessAtLastRegularContact, yearsBetween(lastContact, today));
  }

  /** Years from one day to another, as a fraction; negative when {@code to} comes first. */
  public static double yearsBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return ChronoUnit.DAYS.between(from, to) / DAYS_PER_YEAR;
  }
}

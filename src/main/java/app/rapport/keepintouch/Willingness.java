package app.rapport.keepintouch;

import app.rapport.model.DoorOpening;

/**
 * How willing a person would be to help the user (§9.5): their closeness now, and the latent trust
 * left from a tie that was strong once.
 */
public record Willingness(double closeness, double latentTrust) {

  /** Willingness = max(closeness, latent trust). */
  public double value() {
    return DoorOpening.willingness(closeness, latentTrust);
  }
}

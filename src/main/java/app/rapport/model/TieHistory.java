package app.rapport.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the keep-in-touch model needs to know about one person.
 *
 * @param tier how close the user keeps them
 * @param cadenceOverrideDays the user's own cadence for this person in days, or null to use the
 *     tier's
 * @param knownSince when the user met them or, failing that, added them; warmth counts from here
 *     until the first two-way contact, so a person just met starts warm and an old contact imported
 *     with its connection date starts cold
 * @param interactions the logged touchpoints, in any order
 */
public record TieHistory(
    Tier tier, Integer cadenceOverrideDays, LocalDate knownSince, List<Interaction> interactions) {

  public TieHistory {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(knownSince, "knownSince");
    if (cadenceOverrideDays != null && cadenceOverrideDays <= 0) {
      throw new IllegalArgumentException("a cadence override must be a positive number of days");
    }
    interactions = List.copyOf(interactions);
  }
}

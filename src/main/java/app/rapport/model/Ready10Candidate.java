package app.rapport.model;

import java.util.List;
import java.util.Objects;

/**
 * What the Ready-10 needs to know about one person (§9.6).
 *
 * @param personId the app's id for the person, also the last tie-break so results are stable
 * @param relevance how the person relates to the user's target
 * @param closeness S now, 0..1
 * @param latentTrust L now, 0..1
 * @param warmth W now, 0..1
 * @param yearsSinceContact years since the last two-way contact
 * @param channels the ways to reach them
 * @param tier the tier they are kept in; the inner and close tiers are the user's inner 15
 * @param knowsMyGoal they know what the user is looking for
 * @param alreadyInNewField they already work in the field a career changer is moving into
 * @param reactivatedDormant a dormant tie the user has reconnected with
 * @param doNotContact the user asked not to be prompted about them, or the relationship ended
 *     badly; such a person is left out entirely
 */
public record Ready10Candidate(
    long personId,
    Relevance relevance,
    double closeness,
    double latentTrust,
    double warmth,
    double yearsSinceContact,
    List<ContactChannel> channels,
    Tier tier,
    boolean knowsMyGoal,
    boolean alreadyInNewField,
    boolean reactivatedDormant,
    boolean doNotContact) {

  public Ready10Candidate {
    Objects.requireNonNull(relevance, "relevance");
    Objects.requireNonNull(tier, "tier");
    DoorOpeningInputs.unit("closeness", closeness);
    DoorOpeningInputs.unit("latentTrust", latentTrust);
    DoorOpeningInputs.unit("warmth", warmth);
    if (!(yearsSinceContact >= 0)) {
      throw new IllegalArgumentException("years since contact must not be negative");
    }
    channels = List.copyOf(channels);
  }
}

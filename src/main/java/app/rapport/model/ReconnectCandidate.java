package app.rapport.model;

import java.util.List;
import java.util.Objects;

/**
 * A tie the user might reconnect with (§9.7), usually a dormant one.
 *
 * @param personId the app's id for the person, also the last tie-break so rankings are stable
 * @param relevance how the person relates to the user's target
 * @param pastTimeTogether how much time they spent together in the past, 0..1; see {@link
 *     Reconnect#pastTimeTogether(double)}
 * @param statusAboveUser how far their status is above the user's, 0..1 (0 at or below, 1 clearly
 *     above)
 * @param trust how far the user trusts them to help now, 0..1; closeness S when the app has no
 *     separate rating
 * @param latentTrust L now, 0..1
 * @param channels the ways to reach them
 * @param warmth W now, 0..1
 * @param doNotContact the user asked not to be prompted about them, or the relationship ended
 *     badly; such a person is never suggested
 */
public record ReconnectCandidate(
    long personId,
    Relevance relevance,
    double pastTimeTogether,
    double statusAboveUser,
    double trust,
    double latentTrust,
    List<ContactChannel> channels,
    double warmth,
    boolean doNotContact) {

  public ReconnectCandidate {
    Objects.requireNonNull(relevance, "relevance");
    DoorOpeningInputs.unit("pastTimeTogether", pastTimeTogether);
    DoorOpeningInputs.unit("statusAboveUser", statusAboveUser);
    DoorOpeningInputs.unit("trust", trust);
    DoorOpeningInputs.unit("latentTrust", latentTrust);
    DoorOpeningInputs.unit("warmth", warmth);
    channels = List.copyOf(channels);
  }
}

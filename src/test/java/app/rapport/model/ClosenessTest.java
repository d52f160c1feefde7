package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClosenessTest {

  private final Closeness closeness = new Closeness(DEFAULTS);

  @Test
  void aLongStandingWeeklyFriendOnEveryChannelIsNearlyOne() {
    // intimacy = 0.6 × (5−1)/4 + 0.4 × 0.8 = 0.92; every other dimension saturates at 1
    // S = 0.33 × 0.92 + 0.20 + 0.17 + 0.12 + 0.10 + 0.08 = 0.9736
    ClosenessScore s = closeness.score(new ClosenessInputs(5, 0.8, 52, 20, 0.5, 20, 3));

    assertThat(s.score()).isCloseTo(0.9736, within(1e-9));
  }

  @Test
  void aFriendOfTwelveYearsIsExplainedStrongestReasonFirst() {
    // intimacy     = 0.6 × 3/4 + 0.4 × 0.8     = 0.77   × 0.33 = 0.2541
    // intensity    = ln 27 / ln 53              = 0.8301 × 0.20 = 0.1660
    // duration     = ln 13.4 / ln 21            = 0.8525 × 0.17 = 0.1449
    // reciprocity  = 1 − 2 × |0.5 − 0.4|        = 0.8    × 0.12 = 0.0960
    // structural   = 5 / 20                     = 0.25   × 0.10 = 0.0250
    // multiplexity = 2 / 3                      = 0.6667 × 0.08 = 0.0533
    // S = 0.7394 (12.4 years known: the reason says 12)
    ClosenessScore s = closeness.score(new ClosenessInputs(4, 0.8, 26, 12.4, 0.4, 5, 2));

    assertThat(s.score()).isCloseTo(0.7394, within(0.0005));
    assertThat(s.components().intensity()).isCloseTo(0.8301, within(0.0001));
    assertThat(s.components().structural()).hasValue(0.25);
    assertThat(s.reasons())
        .extracting(Reason::code)
        .containsExactly(
            "RATED_CLOSE", "TALK_OFTEN", "KNOWN_LONG", "BOTH_REACH_OUT", "SEVERAL_CHANNELS");
    assertThat(s.reasons())
        .extracting(Reason::text)
        .contains(
            "You have known each other 12 years.",
            "You talk often: 26 times in the last 12 months.");
  }

  @Test
  void missingRatingAndMutualsAreLeftOutRatherThanCountedAsZero() {
    // intimacy = mean depth alone = 0.5; structural left out, so the weights sum to 0.9
    // S = 0.33 × 0.5 / 0.9 = 0.1833
    ClosenessScore s = closeness.score(new ClosenessInputs(null, 0.5, 0, 0, 0, null, 0));

    assertThat(s.score()).isCloseTo(0.1833, within(0.0001));
    assertThat(s.components().structural()).isEmpty();
    assertThat(s.reasons())
        .extracting(Reason::code)
        .containsExactly("DEEP_CONTACT", "NO_RECENT_CONTACT");
  }

  @Test
  void zeroKnownMutualsCountsAsZeroNotUnknown() {
    double unknown = closeness.score(new ClosenessInputs(3, 0.5, 5, 5, 0.5, null, 1)).score();
    double none = closeness.score(new ClosenessInputs(3, 0.5, 5, 5, 0.5, 0, 1)).score();

    assertThat(none).isLessThan(unknown);
  }

  @Test
  void balancedGiveAndTakeScoresHighestOnReciprocity() {
    assertThat(reciprocity(0.5)).isEqualTo(1.0);
    assertThat(reciprocity(0.25)).isEqualTo(0.5);
    assertThat(reciprocity(1.0)).isEqualTo(0.0);
    assertThat(reciprocity(0.0)).isEqualTo(0.0);
  }

  @Test
  void impossibleInputsAreRefused() {
    assertThatThrownBy(() -> new ClosenessInputs(6, 0.5, 0, 0, 0, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClosenessInputs(3, 1.5, 0, 0, 0, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ClosenessInputs(3, 0.5, -1, 0, 0, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private double reciprocity(double shareInitiatedByContact) {
    return closeness
        .score(new ClosenessInputs(3, 0.5, 5, 5, shareInitiatedByContact, null, 1))
        .components()
        .reciprocity();
  }
}

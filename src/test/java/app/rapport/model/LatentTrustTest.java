package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static app.rapport.model.ModelFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatentTrustTest {

  private final LatentTrust trust = new LatentTrust(DEFAULTS);

  @Test
  void latentTrustFallsLinearlyByAFortiethAYear() {
    assertThat(trust.of(0.8, 0)).isCloseTo(0.8, within(1e-12));
    assertThat(trust.of(0.8, 4)).isCloseTo(0.8 * 0.9, within(1e-12));
    assertThat(trust.of(0.8, 10)).isCloseTo(0.8 * 0.75, within(1e-12));
  }

  @Test
  void latentTrustReachesHalfAtTwentyYearsAndStaysThere() {
    // Burt 2001: attachment falls linearly for twenty years to about half.
    assertThat(trust.of(0.8, 20)).isCloseTo(0.4, within(1e-12));
    assertThat(trust.of(0.8, 25)).isCloseTo(0.4, within(1e-12));
    assertThat(trust.of(0.8, 60)).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void dormancyBeyondThreeYearsCarriesNoExtraPenalty() {
    // Levin et al. 2011: ties dormant longer than three years were no less valuable.
    double justUnder = trust.of(1.0, 2.99);
    double justOver = trust.of(1.0, 3.01);

    assertThat(justUnder - justOver).isCloseTo(0.025 * 0.02, within(1e-9));
  }

  @Test
  void yearsCountFromTheLastContactToToday() {
    assertThat(trust.of(0.6, TODAY.minusYears(10), TODAY)).isCloseTo(0.45, within(0.001));
    assertThat(trust.of(0.6, TODAY.plusDays(3), TODAY))
        .as("a contact dated after today counts as no time at all")
        .isEqualTo(0.6);
  }

  @Test
  void startingTrustMustBeAClosenessScore() {
    assertThatThrownBy(() -> trust.of(1.2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> trust.of(-0.1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}

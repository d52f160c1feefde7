package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static app.rapport.model.ModelFixtures.defaultsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelParametersTest {

  @Test
  void theDefaultsAreTheNumbersOfScienceSectionNine() {
    assertThat(DEFAULTS.halfLifeCadences()).isEqualTo(3);
    assertThat(DEFAULTS.goingDormantMissedCadences()).isEqualTo(8);
    assertThat(DEFAULTS.latentTrustLossPerYear()).isEqualTo(0.025);
    assertThat(DEFAULTS.latentTrustFloor()).isEqualTo(0.5);
    assertThat(DEFAULTS.bridgePeakMutuals()).isEqualTo(10);
    assertThat(DEFAULTS.readyTarget()).isEqualTo(10);
    assertThat(DEFAULTS.readyInnerCircleMax()).isEqualTo(3);
    assertThat(DEFAULTS.reconnectComfortWindow()).isEqualTo(9);
    assertThat(DEFAULTS.goalReconnectionsPerYear()).isEqualTo(52);
    assertThat(DEFAULTS.goalTouchpointsPerYear()).isEqualTo(4 * 52);
  }

  @Test
  void aCadenceMustBePositive() {
    assertThatThrownBy(() -> defaultsWith("innerCadenceDays", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("innerCadenceDays");
  }

  @Test
  void cadencesMustLengthenOutward() {
    assertThatThrownBy(() -> defaultsWith("activeCadenceDays", 400))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closenessWeightsMustAddUpToOne() {
    assertThatThrownBy(() -> defaultsWith("closenessWeightIntimacy", 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closeness weights");
  }

  @Test
  void theWarmthFlagsMustComeInOrder() {
    assertThatThrownBy(() -> defaultsWith("atRiskMissedCadences", 9.0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theChanceOfKnowingSomeoneMustFollowTheOverlapOrder() {
    assertThatThrownBy(() -> defaultsWith("knowsSameSchool", 0.95))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aValidChangeIsAccepted() {
    assertThat(defaultsWith("readyTarget", 12).readyTarget()).isEqualTo(12);
  }
}

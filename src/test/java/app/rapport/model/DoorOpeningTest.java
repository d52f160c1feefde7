package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoorOpeningTest {

  private final DoorOpening door = new DoorOpening(DEFAULTS);

  private static final Relevance IN_TARGET_CAN_REFER = new Relevance(true, false, true);

  @ParameterizedTest(name = "m = {0} mutual connections -> Bridge {1}")
  @CsvSource({"0, 0.20", "10, 1.00", "20, 0.79", "40, 0.36"})
  void theBridgeCurvePinnedToScienceMd(int mutuals, double expected) {
    assertThat(door.bridge(mutuals)).isCloseTo(expected, within(0.005));
  }

  @Test
  void theBridgeCurveAtTwoMutualConnections() {
    // 0.2 + 0.8 × 0.2 × e^0.8 = 0.556; science.md lists it as 0.55 (truncated, not rounded)
    assertThat(door.bridge(2)).isCloseTo(0.55, within(0.01));
    assertThat(door.bridge(2)).isCloseTo(0.556, within(0.0005));
  }

  @Test
  void theBridgePeaksAtTenMutualConnections() {
    for (int m = 0; m <= 200; m++) {
      assertThat(door.bridge(m)).isLessThanOrEqualTo(door.bridge(10));
    }
    assertThat(door.bridge(10)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void withoutMutualsLessOverlapAndLessRecentInteractionMeanMoreBridge() {
    // (1 − 0.2) × (1 − 0.5 × 0.4) = 0.8 × 0.8 = 0.64
    assertThat(door.bridgeWithoutMutuals(0.2, 0.4)).isCloseTo(0.64, within(1e-12));
    assertThat(door.bridgeWithoutMutuals(0.2, 0.8)).isLessThan(door.bridgeWithoutMutuals(0.2, 0.4));
    assertThat(door.bridgeWithoutMutuals(0.6, 0.4)).isLessThan(door.bridgeWithoutMutuals(0.2, 0.4));
  }

  @Test
  void recentIntensitySaturatesAtWeeklyContact() {
    assertThat(door.recentIntensity(0)).isEqualTo(0.0);
    assertThat(door.recentIntensity(13)).isCloseTo(1.0, within(1e-12));
    assertThat(door.recentIntensity(40)).isEqualTo(1.0);
  }

  @Test
  void willingnessIsTheGreaterOfClosenessAndLatentTrust() {
    assertThat(DoorOpening.willingness(0.2, 0.6)).isEqualTo(0.6);
    assertThat(DoorOpening.willingness(0.7, 0.3)).isEqualTo(0.7);
  }

  @Test
  void relevanceWeighsTargetStatusAndHiring() {
    assertThat(new Relevance(true, true, true).score(DEFAULTS)).isCloseTo(1.0, within(1e-12));
    assertThat(new Relevance(true, false, false).score(DEFAULTS)).isEqualTo(0.5);
    assertThat(new Relevance(false, true, false).score(DEFAULTS)).isEqualTo(0.3);
    assertThat(new Relevance(false, false, true).score(DEFAULTS)).isEqualTo(0.2);
  }

  @Test
  void reachabilityCountsWorkingChannels() {
    assertThat(door.reachability(List.of())).isEqualTo(0.0);
    assertThat(door.reachability(List.of(ContactChannel.workEmail(false)))).isEqualTo(0.0);
    assertThat(door.reachability(List.of(ContactChannel.workEmail(true)))).isEqualTo(1.0);
    assertThat(door.reachability(List.of(ContactChannel.personalEmail(), ContactChannel.phone())))
        .isEqualTo(1.1);
  }

  @Test
  void aModeratelyWeakFormerColleagueInTheTargetField() {
    // Bridge(10) = 1, Willingness = max(0.3, 0.6) = 0.6, Relevance = 0.5 + 0.2 = 0.7,
    // Reachability = 1.1 (two channels): V = 1 × 0.6 × 0.7 × 1.1 = 0.462
    DoorOpeningScore v = door.score(formerColleague(false));

    assertThat(v.score()).isCloseTo(0.462, within(1e-9));
    assertThat(v.reasons())
        .extracting(Reason::code)
        .contains("MODERATELY_WEAK_TIE", "IN_TARGET", "CAN_HIRE_OR_REFER", "FORMER_STRONG_TIE");
  }

  @Test
  void inALessDigitalIndustryClosenessTakesHalfTheWeight() {
    // V' = 0.5 × 0.462 + 0.5 × S × Relevance × Reachability = 0.231 + 0.5 × 0.3 × 0.7 × 1.1
    //    = 0.231 + 0.1155 = 0.3465
    DoorOpeningScore v = door.score(formerColleague(true));

    assertThat(v.score()).isCloseTo(0.3465, within(1e-9));
    assertThat(v.reasons()).extracting(Reason::code).contains("LESS_DIGITAL_INDUSTRY");
  }

  @Test
  void aCloseFriendWhoCannotBeReachedOpensNoDoorEvenInALessDigitalIndustry() {
    DoorOpeningScore v =
        door.score(
            new DoorOpeningInputs(
                3,
                0,
                0,
                0.9,
                0.9,
                IN_TARGET_CAN_REFER,
                List.of(ContactChannel.workEmail(false)),
                true));

    assertThat(v.score()).isEqualTo(0.0);
    assertThat(v.reasons()).extracting(Reason::code).contains("NO_WORKING_CHANNEL");
  }

  @Test
  void tooManyMutualsMeanOverlappingInformation() {
    DoorOpeningScore v =
        door.score(
            new DoorOpeningInputs(
                60, 0, 0, 0.5, 0.5, IN_TARGET_CAN_REFER, List.of(ContactChannel.phone()), false));

    assertThat(v.bridge()).isLessThan(0.3);
    assertThat(v.reasons()).extracting(Reason::code).contains("OVERLAPPING_CIRCLES");
  }

  private static DoorOpeningInputs formerColleague(boolean lessDigital) {
    return new DoorOpeningInputs(
        10,
        0,
        0,
        0.3,
        0.6,
        IN_TARGET_CAN_REFER,
        List.of(ContactChannel.personalEmail(), ContactChannel.linkedIn()),
        lessDigital);
  }
}

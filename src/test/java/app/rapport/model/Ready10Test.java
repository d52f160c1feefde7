package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static app.rapport.model.ModelFixtures.aCandidate;
import static app.rapport.model.ModelFixtures.defaultsWith;
import static app.rapport.model.Ready10Criterion.NOT_REDUNDANT;
import static app.rapport.model.Ready10Criterion.REACHABLE;
import static app.rapport.model.Ready10Criterion.RELEVANT;
import static app.rapport.model.Ready10Criterion.WILLING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.rapport.model.ModelFixtures.CandidateBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Ready10Test {

  private final Ready10 ready = new Ready10(DEFAULTS);

  private Ready10Assessment assess(CandidateBuilder candidate) {
    return assess(ready, candidate);
  }

  private static Ready10Assessment assess(Ready10 ready, CandidateBuilder candidate) {
    return ready.assess(List.of(candidate.build()), true, false).everyone().get(0);
  }

  private static List<String> codes(Ready10Assessment assessment) {
    return assessment.reasons().stream().map(Reason::code).toList();
  }

  @Nested
  class Thresholds {

    @Test
    void theDefaultCandidateQualifies() {
      Ready10Assessment a = assess(aCandidate(1));

      assertThat(a.met()).containsExactlyInAnyOrder(RELEVANT, WILLING, REACHABLE, NOT_REDUNDANT);
      assertThat(a.missing()).isEmpty();
      assertThat(a.qualifies()).isTrue();
      assertThat(a.counted()).isTrue();
    }

    @Test
    void relevanceMustReachOneHalf() {
      // In the target field alone weighs 0.49 here, so the same person scores 0.49 and 0.5.
      Ready10 justBelow =
          new Ready10(defaultsWith("relevanceWeightInTarget", 0.49, "relevanceWeightStatus", 0.31));

      Ready10Assessment at049 = assess(justBelow, aCandidate(1).relevance(true, false, false));
      Ready10Assessment at050 = assess(aCandidate(1).relevance(true, false, false));

      assertThat(at049.missing()).containsExactly(RELEVANT);
      assertThat(codes(at049)).containsExactly("NOT_RELEVANT");
      assertThat(at050.missing()).isEmpty();
    }

    @Test
    void seniorityAndReferralTogetherMakeSomeoneRelevantWithoutWorkingInTheField() {
      // 0.3 + 0.2 = 0.5
      assertThat(assess(aCandidate(1).relevance(false, true, true)).met()).contains(RELEVANT);
      Ready10Assessment canOnlyRefer = assess(aCandidate(1).relevance(false, false, true));
      assertThat(canOnlyRefer.missing()).containsExactly(RELEVANT);
      assertThat(canOnlyRefer.reasons().get(0).text())
          .isEqualTo("Can refer you, but is not in your target field or company.");
    }

    @Test
    void willingnessMustReachFourTenths() {
      Ready10Assessment at039 = assess(aCandidate(1).closeness(0.39).latentTrust(0.2));
      Ready10Assessment at040 = assess(aCandidate(1).closeness(0.40).latentTrust(0.2));

      assertThat(at039.missing()).containsExactly(WILLING);
      assertThat(codes(at039)).containsExactly("NOT_WILLING");
      assertThat(at040.missing()).isEmpty();
    }

    @Test
    void aFormerlyStrongTieIsWillingThroughItsLatentTrust() {
      assertThat(assess(aCandidate(1).closeness(0.1).latentTrust(0.4)).met()).contains(WILLING);
    }

    @Test
    void warmthMustReachFourTenths() {
      Ready10Assessment at039 = assess(aCandidate(1).warmth(0.39));
      Ready10Assessment at040 = assess(aCandidate(1).warmth(0.40));

      assertThat(at039.missing()).containsExactly(REACHABLE);
      assertThat(codes(at039)).containsExactly("COOLING");
      assertThat(at040.missing()).isEmpty();
    }

    @Test
    void aColdFormerlyStrongTieIsReachableOnlyOnceDormantThreeYears() {
      Ready10Assessment notYet = assess(aCandidate(1).silentForYears(2.9).latentTrust(0.5));
      Ready10Assessment dormant = assess(aCandidate(1).silentForYears(3).latentTrust(0.5));

      assertThat(notYet.missing()).containsExactly(REACHABLE);
      assertThat(notYet.reasons().get(0).text()).startsWith("Out of touch for 2.9 years:");
      assertThat(dormant.missing()).isEmpty();
    }

    @Test
    void aDormantTieMustHaveBeenStrongToBeReachedCold() {
      Ready10Assessment weakBefore = assess(aCandidate(1).silentForYears(6).latentTrust(0.49));

      assertThat(weakBefore.missing()).containsExactly(REACHABLE);
      assertThat(codes(weakBefore)).containsExactly("DORMANT_NOT_CLOSE_BEFORE");
    }

    @Test
    void aWorkChannelAloneIsNotEnough() {
      Ready10Assessment stillThere =
          assess(aCandidate(1).reachableOn(ContactChannel.workEmail(true)));
      Ready10Assessment left = assess(aCandidate(1).reachableOn(ContactChannel.workEmail(false)));
      Ready10Assessment nothing = assess(aCandidate(1).reachableOn());

      assertThat(stillThere.missing()).containsExactly(REACHABLE);
      assertThat(codes(stillThere)).containsExactly("WORK_CHANNEL_ONLY");
      assertThat(left.missing()).containsExactly(REACHABLE);
      assertThat(left.reasons().get(0).text())
          .isEqualTo("Only a work email at an employer they have left.");
      assertThat(codes(nothing)).containsExactly("NO_CHANNEL");
    }

    @Test
    void aWorkChannelPlusAPersonalOneIsEnough() {
      assertThat(
              assess(
                      aCandidate(1)
                          .reachableOn(ContactChannel.workEmail(true), ContactChannel.phone()))
                  .met())
          .contains(REACHABLE);
    }

    @Test
    void aColdPersonWithOnlyAWorkChannelHearsBothReasons() {
      Ready10Assessment a =
          assess(aCandidate(1).warmth(0.2).reachableOn(ContactChannel.workEmail(false)));

      assertThat(a.missing()).containsExactly(REACHABLE);
      assertThat(codes(a)).containsExactly("COOLING", "OLD_WORK_CHANNEL_ONLY");
    }
  }

  @Nested
  class InnerCircle {

    @Test
    void aFourthInnerCirclePersonIsNotCounted() {
      List<Ready10Candidate> four =
          List.of(
              aCandidate(1).inTier(Tier.INNER).relevance(true, true, true).build(),
              aCandidate(2).inTier(Tier.CLOSE).relevance(true, true, false).build(),
              aCandidate(3).inTier(Tier.INNER).relevance(true, false, true).build(),
              aCandidate(4).inTier(Tier.CLOSE).relevance(true, false, false).build());

      Ready10Result result = ready.assess(four, true, false);

      assertThat(result.score()).hasValue(3);
      assertThat(result.counted())
          .extracting(Ready10Assessment::personId)
          .containsExactly(1L, 2L, 3L);
      Ready10Assessment fourth = result.everyone().get(3);
      assertThat(fourth.missing()).containsExactly(NOT_REDUNDANT);
      assertThat(codes(fourth)).containsExactly("INNER_CIRCLE_FULL");
      assertThat(result.nearMisses()).extracting(Ready10Assessment::personId).containsExactly(4L);
    }

    @Test
    void theThreeInnerCirclePeopleLeaveRoomForOthers() {
      List<Ready10Candidate> people = new ArrayList<>();
      for (long id = 1; id <= 5; id++) {
        people.add(aCandidate(id).inTier(Tier.INNER).relevance(true, true, true).build());
      }
      for (long id = 6; id <= 12; id++) {
        people.add(aCandidate(id).build());
      }

      Ready10Result result = ready.assess(people, true, false);

      assertThat(result.score()).hasValue(10);
      assertThat(result.counted()).hasSize(10);
      assertThat(
              result.counted().stream()
                  .filter(a -> a.personId() <= 5)
                  .map(Ready10Assessment::personId))
          .containsExactly(1L, 2L, 3L);
    }

    @Test
    void anInnerCirclePersonMissingSomethingElseIsAlsoRedundantOnceThreeCount() {
      List<Ready10Candidate> people =
          List.of(
              aCandidate(1).inTier(Tier.INNER).build(),
              aCandidate(2).inTier(Tier.INNER).build(),
              aCandidate(3).inTier(Tier.INNER).build(),
              aCandidate(4).inTier(Tier.INNER).warmth(0.1).build());

      Ready10Assessment fourth = ready.assess(people, true, false).everyone().get(3);

      assertThat(fourth.missing()).containsExactlyInAnyOrder(REACHABLE, NOT_REDUNDANT);
    }
  }

  @Nested
  class ScoreAndOutput {

    @Test
    void theScoreIsCappedAtTen() {
      List<Ready10Candidate> twelve = new ArrayList<>();
      for (long id = 1; id <= 12; id++) {
        twelve.add(aCandidate(id).build());
      }

      Ready10Result result = ready.assess(twelve, true, false);

      assertThat(result.score()).hasValue(10);
      assertThat(result.qualifying()).isEqualTo(12);
      assertThat(result.everyone()).filteredOn(Ready10Assessment::qualifies).hasSize(12);
      assertThat(result.summary()).extracting(Reason::code).contains("READY");
    }

    @Test
    void theBestQualifyingPeopleAreCountedFirst() {
      List<Ready10Candidate> people = new ArrayList<>();
      for (long id = 1; id <= 11; id++) {
        people.add(aCandidate(id).build());
      }
      people.add(aCandidate(99).relevance(true, true, true).build());

      Ready10Result result = ready.assess(people, true, false);

      assertThat(result.counted().get(0).personId()).isEqualTo(99L);
      assertThat(result.counted()).extracting(Ready10Assessment::personId).doesNotContain(11L);
    }

    @Test
    void activatedMeansCountedAndKnowsTheGoal() {
      Ready10Result result =
          ready.assess(
              List.of(
                  aCandidate(1).knowsMyGoal().build(),
                  aCandidate(2).build(),
                  aCandidate(3).warmth(0.1).knowsMyGoal().build()),
              true,
              false);

      assertThat(result.activated()).isEqualTo(1);
      assertThat(result.everyone())
          .extracting(Ready10Assessment::activated)
          .containsExactly(true, false, false);
      assertThat(result.summary())
          .extracting(Reason::text)
          .contains(
              "1 of them does not know what you are looking for yet. People pass on job news mostly"
                  + " to those whose goals they know.");
    }

    @Test
    void theMakeoverNamesWhatIsMissing() {
      // "You have 4 relevant people, but 3 are unreachable (single work email)." (§9.6)
      Ready10Result result =
          ready.assess(
              List.of(
                  aCandidate(1).build(),
                  aCandidate(2).reachableOn(ContactChannel.workEmail(false)).build(),
                  aCandidate(3).reachableOn(ContactChannel.workEmail(true)).build(),
                  aCandidate(4).reachableOn(ContactChannel.workEmail(false)).build(),
                  aCandidate(5).relevance(false, false, false).build()),
              true,
              false);

      assertThat(result.score()).hasValue(1);
      assertThat(result.summary())
          .extracting(Reason::text)
          .contains(
              "1 of 10: 9 to go.",
              "You have 4 relevant people, but 3 are not reachable now (3 only by a work"
                  + " channel).");
      assertThat(result.nearMisses())
          .extracting(Ready10Assessment::personId)
          .containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void nearMissesMissAtMostTwoCriteriaFewestFirst() {
      Ready10Result result =
          ready.assess(
              List.of(
                  aCandidate(1).warmth(0.1).closeness(0.1).latentTrust(0.1).build(),
                  aCandidate(2).warmth(0.1).build(),
                  aCandidate(3)
                      .relevance(false, false, false)
                      .warmth(0.1)
                      .closeness(0.1)
                      .latentTrust(0.1)
                      .build()),
              true,
              false);

      assertThat(result.nearMisses())
          .extracting(Ready10Assessment::personId)
          .containsExactly(2L, 1L);
    }

    @Test
    void peopleNotToContactAreLeftOutEntirely() {
      Ready10Result result =
          ready.assess(
              List.of(aCandidate(1).doNotContact().build(), aCandidate(2).build()), true, false);

      assertThat(result.everyone()).extracting(Ready10Assessment::personId).containsExactly(2L);
      assertThat(result.score()).hasValue(1);
    }

    @Test
    void withoutATargetRelevanceCannotBeJudgedAndThereIsNoScore() {
      Ready10Result result =
          ready.assess(
              List.of(aCandidate(1).build(), aCandidate(2).warmth(0.1).build()), false, true);

      assertThat(result.relevanceJudged()).isFalse();
      assertThat(result.score()).isEmpty();
      assertThat(result.counted()).isEmpty();
      assertThat(result.nearMisses()).isEmpty();
      assertThat(result.composition()).isEmpty();
      assertThat(result.summary()).extracting(Reason::code).containsExactly("NO_TARGET");
      Ready10Assessment first = result.everyone().get(0);
      assertThat(first.met()).doesNotContain(RELEVANT);
      assertThat(first.missing()).doesNotContain(RELEVANT);
      assertThat(first.qualifies()).isFalse();
      assertThat(result.everyone().get(1).missing()).containsExactly(REACHABLE);
    }
  }

  @Nested
  class Composition {

    @Test
    void theChecklistCountsTheCountedPeopleAgainstItsTargets() {
      List<Ready10Candidate> people =
          Stream.of(
                  aCandidate(1).closeness(0.8).alreadyInNewField(),
                  aCandidate(2).closeness(0.6).alreadyInNewField(),
                  aCandidate(3).closeness(0.2).reactivatedDormant(),
                  aCandidate(4).closeness(0.2),
                  aCandidate(5).closeness(0.59))
              .map(CandidateBuilder::build)
              .toList();

      List<CompositionItem> items = ready.assess(people, true, true).composition();

      assertThat(items)
          .extracting(
              CompositionItem::code,
              CompositionItem::count,
              CompositionItem::target,
              CompositionItem::met)
          .containsExactly(
              tuple("WEAK_OR_MODERATE", 3, 5, false),
              tuple("STRONG_ADVOCATES", 2, 2, true),
              tuple("REACTIVATED_DORMANT", 1, 2, false),
              tuple("IN_NEW_FIELD", 2, 3, false));
    }

    @Test
    void onlyCareerChangersAreAskedForPeopleInTheNewField() {
      assertThat(ready.assess(List.of(aCandidate(1).build()), true, false).composition())
          .extracting(CompositionItem::code)
          .doesNotContain("IN_NEW_FIELD");
    }
  }

  @Test
  void timeOutOfTouchIsWrittenInMonthsUnderAYearThenInYearsToOneDecimal() {
    assertThat(Ready10.duration(0.01)).isEqualTo("about 1 month");
    assertThat(Ready10.duration(0.5)).isEqualTo("about 6 months");
    assertThat(Ready10.duration(1.0)).isEqualTo("1 year");
    assertThat(Ready10.duration(1.04)).isEqualTo("1 year");
    assertThat(Ready10.duration(2.9)).isEqualTo("2.9 years");
    assertThat(Ready10.duration(3.0)).isEqualTo("3 years");
    assertThat(Ready10.duration(12.96)).isEqualTo("13 years");
  }
}

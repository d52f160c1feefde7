package app.rapport.model;

import static app.rapport.model.ModelFixtures.DEFAULTS;
import static app.rapport.model.Overlap.SAME_EMPLOYER_OVER_A_YEAR;
import static app.rapport.model.Overlap.SAME_EMPLOYER_UNDER_A_YEAR;
import static app.rapport.model.Overlap.SAME_GROUP;
import static app.rapport.model.Overlap.SAME_SCHOOL;
import static app.rapport.model.Overlap.STATED_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntroPathsTest {

  private final IntroPaths paths = new IntroPaths(DEFAULTS);

  private static final long TARGET = 100;
  private static final long ANA = 1;
  private static final long BEN = 2;
  private static final long CARA = 3;
  private static final long DEV = 4;

  /** Ana worked with the target for years: 0.7 × 0.9 (employer > 1 year) × 1 (work) × 1 = 0.63 */
  private static final IntroPath VIA_ANA =
      new IntroPath(0.7, List.of(new PathLink(ANA, TARGET, SAME_EMPLOYER_OVER_A_YEAR, true)), 1.0);

  /** Ben is close but knows the target from school, privately: 0.9 × 0.4 × 0.6 × 1 = 0.216 */
  private static final IntroPath VIA_BEN =
      new IntroPath(0.9, List.of(new PathLink(BEN, TARGET, SAME_SCHOOL, false)), 1.0);

  /**
   * Cara knows Dev from work, Dev knows the target from a professional group: 0.8 × (0.9 × 1) ×
   * (0.25 × 1) × 1 × 0.5 (one extra intermediary) = 0.09
   */
  private static final IntroPath VIA_CARA_AND_DEV =
      new IntroPath(
          0.8,
          List.of(
              new PathLink(CARA, DEV, SAME_EMPLOYER_OVER_A_YEAR, true),
              new PathLink(DEV, TARGET, SAME_GROUP, true)),
          1.0);

  @Test
  void theChanceOfKnowingFallsFromLongColleaguesToAMereMention() {
    assertThat(
            List.of(
                    SAME_EMPLOYER_OVER_A_YEAR,
                    SAME_EMPLOYER_UNDER_A_YEAR,
                    SAME_SCHOOL,
                    SAME_GROUP,
                    STATED_ONLY)
                .stream()
                .map(paths::knows)
                .toList())
        .containsExactly(0.9, 0.6, 0.4, 0.25, 0.15)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void eachHandWorkedPathScoresAsItsArithmetic() {
    assertThat(paths.score(VIA_ANA).score()).isCloseTo(0.63, within(1e-12));
    assertThat(paths.score(VIA_BEN).score()).isCloseTo(0.216, within(1e-12));
    assertThat(paths.score(VIA_CARA_AND_DEV).score()).isCloseTo(0.09, within(1e-12));
  }

  @Test
  void aLongTimeColleagueBeatsACloserFriendWhoOnlyKnowsTheTargetFromSchool() {
    List<ScoredPath> ranked = paths.rank(List.of(VIA_CARA_AND_DEV, VIA_BEN, VIA_ANA));

    assertThat(ranked)
        .extracting(s -> s.path().firstIntermediary())
        .containsExactly(ANA, BEN, CARA);
  }

  @Test
  void onEqualScoresTheShorterPathComesFirst() {
    // Two intermediaries: 0.8 × 0.9 × 0.6 × 0.5 = 0.216, the same as the path via Ben.
    IntroPath longer =
        new IntroPath(
            0.8,
            List.of(
                new PathLink(CARA, DEV, SAME_EMPLOYER_OVER_A_YEAR, true),
                new PathLink(DEV, TARGET, SAME_EMPLOYER_UNDER_A_YEAR, true)),
            1.0);
    assertThat(paths.score(longer).score()).isCloseTo(0.216, within(1e-12));

    assertThat(paths.rank(List.of(longer, VIA_BEN)))
        .extracting(s -> s.path().intermediaries())
        .containsExactly(1, 2);
  }

  @Test
  void theTargetsRelevanceScalesThePath() {
    IntroPath lessRelevant = new IntroPath(0.7, VIA_ANA.links(), 0.5);

    assertThat(paths.score(lessRelevant).score()).isCloseTo(0.315, within(1e-12));
  }

  @Test
  void aPathIsDescribedInPlainWords() {
    assertThat(paths.score(VIA_BEN).reasons())
        .extracting(Reason::text)
        .containsExactly(
            "One introduction away.",
            "They went to the same school and know each other privately.");
  }

  @Test
  void moreThanTwoIntermediariesAreNotScored() {
    IntroPath three =
        new IntroPath(
            0.9,
            List.of(
                new PathLink(ANA, BEN, SAME_SCHOOL, true),
                new PathLink(BEN, CARA, SAME_SCHOOL, true),
                new PathLink(CARA, TARGET, SAME_SCHOOL, true)),
            1.0);

    assertThatThrownBy(() -> paths.score(three)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPathMustBeAnUnbrokenChain() {
    assertThatThrownBy(
            () ->
                new IntroPath(
                    0.9,
                    List.of(
                        new PathLink(ANA, BEN, SAME_SCHOOL, true),
                        new PathLink(CARA, TARGET, SAME_SCHOOL, true)),
                    1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

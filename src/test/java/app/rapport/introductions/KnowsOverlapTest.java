package app.rapport.introductions;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Overlap;
import org.junit.jupiter.api.Test;

/** How a link's overlap follows from how two people know each other and for how long (§9.8). */
class KnowsOverlapTest {

  @Test
  void colleaguesOfMoreThanAYearShareTheStrongestOverlap() {
    assertThat(KnowsLinkService.overlap(KnowsHow.WORKED_TOGETHER, 2012, 2018, 2026))
        .isEqualTo(Overlap.SAME_EMPLOYER_OVER_A_YEAR);
    // still together since last year: the open end counts to this year
    assertThat(KnowsLinkService.overlap(KnowsHow.WORKED_TOGETHER, 2025, null, 2026))
        .isEqualTo(Overlap.SAME_EMPLOYER_OVER_A_YEAR);
  }

  @Test
  void colleaguesOfUnderAYearOrOfAnUnknownTimeShareLess() {
    assertThat(KnowsLinkService.overlap(KnowsHow.WORKED_TOGETHER, 2018, 2018, 2026))
        .isEqualTo(Overlap.SAME_EMPLOYER_UNDER_A_YEAR);
    assertThat(KnowsLinkService.overlap(KnowsHow.WORKED_TOGETHER, null, null, 2026))
        .isEqualTo(Overlap.SAME_EMPLOYER_UNDER_A_YEAR);
  }

  @Test
  void schoolGroupAndAMereMentionFollow() {
    assertThat(KnowsLinkService.overlap(KnowsHow.STUDIED_TOGETHER, 1985, 1989, 2026))
        .isEqualTo(Overlap.SAME_SCHOOL);
    assertThat(KnowsLinkService.overlap(KnowsHow.SAME_GROUP, null, null, 2026))
        .isEqualTo(Overlap.SAME_GROUP);
    assertThat(KnowsLinkService.overlap(KnowsHow.OTHER, null, null, 2026))
        .isEqualTo(Overlap.STATED_ONLY);
  }
}

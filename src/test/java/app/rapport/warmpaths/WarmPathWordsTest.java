package app.rapport.warmpaths;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain words of a path's explanation. */
class WarmPathWordsTest {

  @Test
  void yearsTogetherReadAsPeopleSayThem() {
    assertThat(WarmPathService.duration(2012, 2018)).isEqualTo(" for six years");
    assertThat(WarmPathService.duration(2017, 2018)).isEqualTo(" for a year");
    assertThat(WarmPathService.duration(2018, 2018)).isEqualTo(" for under a year");
    assertThat(WarmPathService.duration(2000, 2015)).isEqualTo(" for 15 years");
    assertThat(WarmPathService.duration(2015, null)).isEqualTo(" since 2015");
    assertThat(WarmPathService.duration(null, 2015)).isEmpty();
  }

  @Test
  void aNoteReadsOnFromTheSentenceWhenItCan() {
    assertThat(WarmPathService.note("from church")).isEqualTo(" from church");
    assertThat(WarmPathService.note("neighbours for years")).isEqualTo(" (neighbours for years)");
    assertThat(WarmPathService.note(null)).isEmpty();
  }
}

package app.rapport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChartNumbersTest {

  @Test
  void oneDecimalRoundsHalvesAwayFromZeroWithAPoint() {
    assertThat(Chart.oneDecimal(0)).isEqualTo("0.0");
    assertThat(Chart.oneDecimal(12.34)).isEqualTo("12.3");
    assertThat(Chart.oneDecimal(2.25)).isEqualTo("2.3");
    assertThat(Chart.oneDecimal(1234.5)).isEqualTo("1234.5");
    assertThat(Chart.oneDecimal(-1.26)).isEqualTo("-1.3");
    assertThat(Chart.oneDecimal(-0.01)).isEqualTo("0.0");
    assertThat(Chart.oneDecimal(99.96)).isEqualTo("100.0");
  }

  @Test
  void oneDecimalIsWithinHalfATenthOfTheValue() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      double value = random.nextDouble(-10_000, 10_000);
      String written = Chart.oneDecimal(value);
      assertThat(written).matches("-?\\d+\\.\\d");
      assertThat(Double.parseDouble(written)).isCloseTo(value, within(0.05 + 1e-9));
    }
  }

  @Test
  void wholeNumbersAreWrittenWithoutDecimalsAndOthersWithOne() {
    assertThat(Chart.number(42)).isEqualTo("42");
    assertThat(Chart.number(2.5)).isEqualTo("2.5");
    assertThat(StackedChart.format(10.04)).isEqualTo("10.0");
  }
}

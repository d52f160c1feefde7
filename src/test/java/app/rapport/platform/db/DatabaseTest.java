package app.rapport.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DatabaseTest {

  private final Database sqlite = new Database(Database.Engine.SQLITE);

  @Test
  void aLimitIsWrittenAsANumberAboveZero() {
    assertThat(Database.limit(12)).isEqualTo("LIMIT 12");
    assertThat(Database.limit(1)).isEqualTo("LIMIT 1");
    assertThatThrownBy(() -> Database.limit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Database.limit(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-5");
    assertThat(Database.page(new PageRequest(0, 20))).isEqualTo("LIMIT 20 OFFSET 0");
    assertThat(Database.page(new PageRequest(3, 50))).isEqualTo("LIMIT 50 OFFSET 150");
  }

  @Test
  void datesAreReadAsStoredWithOrWithoutATime() {
    assertThat(Database.parseDate("2026-11-26")).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(Database.parseDate("2024-02-29 00:00:00")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Database.parseDate("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
  }

  @Test
  void everyStoredDateAndInstantReadsBackAsItWas() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 10_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextLong(-700_000, 2_900_000));
      assertThat(Database.parseDate(date.toString())).isEqualTo(date);
      Instant instant =
          Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L), random.nextInt(1_000_000_000));
      assertThat(Database.parseInstant((String) sqlite.instant(instant)))
          .isEqualTo(instant.truncatedTo(ChronoUnit.MICROS));
    }
  }

  @Test
  void otherShapesGoToTheGeneralParsersAndNonsenseIsRefused() {
    assertThat(Database.parseInstant("2026-11-26T09:15:00Z"))
        .isEqualTo(Instant.parse("2026-11-26T09:15:00Z"));
    assertThatThrownBy(() -> Database.parseDate("2026-1x-26"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Database.parseDate("2026-13-01"))
        .isInstanceOf(java.time.DateTimeException.class);
    assertThatThrownBy(() -> Database.parseInstant("2026-11-26T09:15:00.00000xZ"))
        .isInstanceOf(DateTimeParseException.class);
  }
}

package app.rapport.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void idsRoundTripThroughTheirTextForm() {
    long id = Ids.next();
    String text = Ids.format(id);
    assertThat(text).hasSize(13);
    assertThat(Ids.parse(text)).contains(id);
    assertThat(Ids.parse(text.toLowerCase())).contains(id);
  }

  @Test
  void laterIdsSortAfterEarlierOnes() {
    long first = Ids.next();
    long second = Ids.next();
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void textThatIsNotAnIdIsRejected() {
    assertThat(Ids.parse("not-an-id")).isEmpty();
    assertThat(Ids.parse(null)).isEmpty();
    assertThat(Ids.parse("")).isEmpty();
  }

  @Test
  void pageRequestsAreCapped() {
    assertThat(PageRequest.of(-3, 10_000)).isEqualTo(new PageRequest(0, 200));
    assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
  }
}

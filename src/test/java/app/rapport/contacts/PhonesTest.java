package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhonesTest {

  private final Phones swedish = new Phones("SE");

  @Test
  void validNumbersGainTheirE164FormAndKeepTheRawText() {
    PhoneNumber phone = swedish.normalise(PhoneNumber.of("070-123 45 67", "mobile"));
    assertThat(phone.value()).isEqualTo("070-123 45 67");
    assertThat(phone.e164()).isEqualTo("+46701234567");
  }

  @Test
  void numbersAreWrittenNationallyAtHomeAndInternationallyAbroad() {
    assertThat(swedish.display(PhoneNumber.of("+46701234567", null))).isEqualTo("070-123 45 67");
    assertThat(swedish.display(PhoneNumber.of("+44 20 7946 0958", null)))
        .isEqualTo("+44 20 7946 0958");
  }

  @Test
  void textThatIsNotANumberIsKeptButHasNoNormalForm() {
    assertThat(swedish.isPossible("call me")).isFalse();
    assertThat(swedish.normalise(PhoneNumber.of("call me", null)).e164()).isNull();
    assertThat(swedish.display(PhoneNumber.of("call me", null))).isEqualTo("call me");
  }
}

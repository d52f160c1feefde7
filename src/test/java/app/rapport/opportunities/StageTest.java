package app.rapport.opportunities;

import static app.rapport.opportunities.Stage.ACCEPTED;
import static app.rapport.opportunities.Stage.APPLIED;
import static app.rapport.opportunities.Stage.CLOSED;
import static app.rapport.opportunities.Stage.INTERVIEWING;
import static app.rapport.opportunities.Stage.LEAD;
import static app.rapport.opportunities.Stage.OFFER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTest {

  @Test
  void movingForwardRaisesHowFarItGot() {
    assertThat(Stage.furthestAfter(LEAD, LEAD, INTERVIEWING)).isEqualTo(INTERVIEWING);
    assertThat(Stage.furthestAfter(INTERVIEWING, INTERVIEWING, OFFER)).isEqualTo(OFFER);
  }

  @Test
  void closingKeepsHowFarItGotAndReopeningCanOnlyRaiseIt() {
    assertThat(Stage.furthestAfter(OFFER, OFFER, CLOSED)).isEqualTo(OFFER);
    assertThat(Stage.furthestAfter(OFFER, CLOSED, APPLIED)).isEqualTo(OFFER);
    assertThat(Stage.furthestAfter(APPLIED, CLOSED, ACCEPTED)).isEqualTo(ACCEPTED);
  }

  @Test
  void movingBackBetweenOpenStagesCorrectsAMistake() {
    assertThat(Stage.furthestAfter(OFFER, OFFER, INTERVIEWING)).isEqualTo(INTERVIEWING);
  }

  @Test
  void theBoardsButtonsKnowTheNextAndPreviousStage() {
    assertThat(LEAD.next()).isEqualTo(APPLIED);
    assertThat(ACCEPTED.next()).isNull();
    assertThat(CLOSED.next()).isNull();
    assertThat(APPLIED.previous()).isEqualTo(LEAD);
    assertThat(Stage.parse("interviewing")).isEqualTo(INTERVIEWING);
    assertThat(Stage.parse("hired")).isNull();
  }

  @Test
  void tieStrengthBandsFollowCloseness() {
    assertThat(TieStrength.of(0.85)).isEqualTo(TieStrength.CLOSE);
    assertThat(TieStrength.of(0.6)).isEqualTo(TieStrength.CLOSE);
    assertThat(TieStrength.of(0.55)).isEqualTo(TieStrength.MODERATE);
    assertThat(TieStrength.of(0.13)).isEqualTo(TieStrength.WEAK);
  }
}

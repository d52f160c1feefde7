package app.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.GoalKind;
import app.rapport.reminders.DigestItem;
import app.rapport.reminders.DigestSection;
import app.rapport.support.DatabaseTestBase;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The weekly email's goals: each with where it stands, measured from the log, and its pace. */
class GoalsDigestSectionTest extends DatabaseTestBase {

  @Autowired GoalsDigestSection section;
  @Autowired GoalService goals;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;

  @Test
  void noGoalsNoSection() {
    assertThat(section.section(account.id(), clock.today())).isEmpty();
  }

  @Test
  void eachGoalSaysWhereItStandsAndWhetherItKeepsPace() {
    LocalDate today = clock.today();
    goals.setGoal(
        account.id(),
        new GoalCommand(
            GoalKind.TOUCHPOINTS,
            40,
            LocalDate.of(today.getYear(), 1, 1),
            LocalDate.of(today.getYear(), 12, 31),
            "Every Tuesday after coffee, I write to one person"));
    goals.setGoal(
        account.id(),
        new GoalCommand(GoalKind.TOUCHPOINTS, 2, today.minusDays(6), today.plusDays(1), null));
    Contact ana = contacts.addContact(account.id(), ContactCommand.named("Ana Ruiz"));
    for (int day = 1; day <= 2; day++) {
      touchpoints.logTouchpoint(
          account.id(),
          new TouchpointCommand(
              today.minusDays(day),
              Channel.EMAIL,
              Direction.OUTBOUND,
              List.of(ana.id()),
              "Hello",
              null,
              null,
              null));
    }

    DigestSection goalsSection = section.section(account.id(), today).orElseThrow();
    assertThat(goalsSection.heading()).isEqualTo("Your goals");
    assertThat(goalsSection.linkPath()).isEqualTo("/goals");
    assertThat(goalsSection.items())
        .extracting(DigestItem::headline, DigestItem::reason, DigestItem::opener)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                GoalService.label(GoalKind.TOUCHPOINTS)
                    + ": 2 of 40 touchpoints with Active and Network contacts",
                "Behind the pace of the year.",
                "Every Tuesday after coffee, I write to one person"),
            org.assertj.core.groups.Tuple.tuple(
                GoalService.label(GoalKind.TOUCHPOINTS)
                    + ": 2 of 2 touchpoints with Active and Network contacts",
                "On track.",
                null));
  }
}

package app.rapport.reminders;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.time.LocalDate;
import java.util.List;

/**
 * A small network with something in each part of the week's plan: Ana, whom the user has not seen
 * for 200 days (keep in touch now); Bob, to whom the user promised a report by tomorrow (a
 * follow-up); Cara, in the inner circle and seen two days ago (her next keep-in-touch date is
 * ahead).
 */
final class ReminderFixtures {

  final Contact ana;
  final Contact bob;
  final Contact cara;

  ReminderFixtures(
      ContactService contacts, TouchpointService touchpoints, long account, LocalDate today) {
    ana = contacts.addContact(account, person("Ana Ruiz", Tier.ACTIVE, today));
    log(touchpoints, account, today.minusDays(200), ana, null, null);
    bob = contacts.addContact(account, ContactCommand.named("Bob Lee"));
    log(touchpoints, account, today.minusDays(2), bob, today.plusDays(1), "Send the report");
    cara = contacts.addContact(account, person("Cara Diaz", Tier.INNER, today));
    log(touchpoints, account, today.minusDays(2), cara, null, null);
  }

  private static ContactCommand person(String name, Tier tier, LocalDate today) {
    return new ContactCommand(
        name,
        List.of(),
        List.of(),
        null,
        "Contoso Health",
        "Practice Manager",
        null,
        tier,
        List.of(),
        null,
        null,
        today.minusYears(5),
        null);
  }

  private static void log(
      TouchpointService touchpoints,
      long account,
      LocalDate on,
      Contact who,
      LocalDate followUpOn,
      String what) {
    touchpoints.logTouchpoint(
        account,
        new TouchpointCommand(
            on,
            Channel.MEAL,
            Direction.MUTUAL,
            List.of(who.id()),
            "Lunch",
            null,
            followUpOn,
            what));
  }
}

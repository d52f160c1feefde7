package app.rapport.health;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.time.LocalDate;
import java.util.List;

/**
 * A person the Ready-10 can count: an Active tie known for ten years, a manager at an organisation
 * of the given industry, met over coffee every month of the last year.
 */
final class WarmPeople {

  private WarmPeople() {}

  static Contact add(
      ContactService contacts,
      TouchpointService touchpoints,
      long account,
      LocalDate today,
      String name,
      String industry,
      String emailLabel) {
    Contact added =
        contacts.addContact(
            account,
            new ContactCommand(
                name,
                List.of(
                    new EmailAddress(
                        name.toLowerCase().replace(' ', '.') + "@x.example", emailLabel)),
                List.of(),
                null,
                industry + " Org",
                "Manager",
                industry,
                Tier.ACTIVE,
                List.of(),
                null,
                null,
                today.minusYears(10),
                null));
    for (int month = 0; month < 12; month++) {
      touchpoints.logTouchpoint(
          account,
          new TouchpointCommand(
              today.minusDays(5).minusMonths(month),
              Channel.MEAL,
              Direction.MUTUAL,
              List.of(added.id()),
              "Coffee",
              null,
              null,
              null));
    }
    return added;
  }
}

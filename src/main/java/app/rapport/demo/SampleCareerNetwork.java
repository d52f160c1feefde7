package app.rapport.demo;

import app.rapport.contacts.CareerFacts;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.Seniority;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.organizations.OrganizationCommand;
import app.rapport.touchpoints.TouchpointCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the sample network that answers the column's test: the demo user aims at healthcare
 * administration, and ten people there know her. Six could help right now; four are one step away
 * (a work address only, a former colleague gone quiet for four years, a new acquaintance not yet
 * trusted, a colleague not spoken to for two years), so the Ready-10 reads six with a plan that
 * names the four steps to ten.
 */
final class SampleCareerNetwork {

  static final String TARGET_INDUSTRY = "Healthcare administration";

  static final List<OrganizationCommand> ORGANIZATIONS =
      List.of(
          new OrganizationCommand(
              "Northwind Health Partners",
              "https://www.northwindhealth.example",
              TARGET_INDUSTRY,
              true,
              "Runs twelve community clinics; hiring practice managers."),
          new OrganizationCommand(
              "Wingtip Care Network",
              "https://www.wingtipcare.example",
              TARGET_INDUSTRY,
              false,
              null));

  /** A crafted person: who they are and how the user has been in touch with them. */
  record Person(ContactCommand command, History history) {}

  /** The shape of a history: monthly conversations between two points in time, or a few. */
  enum History {
    WARM_AND_STEADY,
    DORMANT_FOUR_YEARS,
    NEW_ACQUAINTANCE,
    QUIET_TWO_YEARS
  }

  static final List<String> NAMES =
      List.of(
          "Margaret Chen",
          "David Okonkwo",
          "Rosa Delgado",
          "Peter Lindgren",
          "Amara Nwosu",
          "Helen Park",
          "Ana Ruiz",
          "Luis Fernández",
          "Grace Okafor",
          "Henrik Lindqvist");

  static List<Person> people(LocalDate today) {
    List<Person> people = new ArrayList<>();
    String[] titles = {
      "Director of Operations",
      "Practice Manager",
      "Hospital Administrator",
      "Finance Director",
      "Head of Patient Services",
      "Regional Manager"
    };
    for (int i = 0; i < 6; i++) {
      people.add(
          new Person(
              person(
                  NAMES.get(i),
                  i % 2 == 0 ? "Northwind Health Partners" : "Wingtip Care Network",
                  titles[i],
                  true,
                  today.minusYears(6 + i),
                  i < 3,
                  "Worked together on the hospital foundation's finance committee."),
              History.WARM_AND_STEADY));
    }
    people.add(
        new Person(
            person(
                "Ana Ruiz",
                "Wingtip Care Network",
                "Practice Manager",
                false,
                today.minusYears(5),
                false,
                "Met at a healthcare administration workshop."),
            History.WARM_AND_STEADY));
    people.add(
        new Person(
            person(
                "Luis Fernández",
                "Northwind Health Partners",
                "Finance Director",
                true,
                today.minusYears(15),
                false,
                "Former colleague from the Woodgrove Bank years."),
            History.DORMANT_FOUR_YEARS));
    people.add(
        new Person(
            person(
                "Grace Okafor",
                "Northwind Health Partners",
                "Hospital Administrator",
                true,
                today.minusMonths(3),
                false,
                "Met at a community health fair this autumn."),
            History.NEW_ACQUAINTANCE));
    people.add(
        new Person(
            person(
                "Henrik Lindqvist",
                "Wingtip Care Network",
                "Head of Patient Services",
                true,
                today.minusYears(8),
                false,
                "Sat on a charity board together."),
            History.QUIET_TWO_YEARS));
    return people;
  }

  private static ContactCommand person(
      String name,
      String organization,
      String title,
      boolean personalEmail,
      LocalDate knownSince,
      boolean knowsGoal,
      String howWeMet) {
    String slug =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replace(' ', '.');
    String domain = organization.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example";
    List<EmailAddress> emails = new ArrayList<>();
    emails.add(new EmailAddress(slug + "@" + domain, "work"));
    if (personalEmail) {
      emails.add(new EmailAddress(slug + "@mail.example", "personal"));
    }
    return new ContactCommand(
        name,
        emails,
        List.of(),
        personalEmail ? "https://www.linkedin.com/in/" + slug.replace('.', '-') : null,
        organization,
        title,
        TARGET_INDUSTRY,
        Tier.ACTIVE,
        List.of("healthcare"),
        null,
        howWeMet,
        knownSince,
        null,
        new CareerFacts(
            "Administration",
            Seniority.PEER,
            false,
            knowsGoal ? knownSince.plusYears(5) : null,
            null,
            null,
            false));
  }

  /** The touchpoints that give each crafted person their history. */
  static List<TouchpointCommand> touchpoints(Person person, long contactId, LocalDate today) {
    List<TouchpointCommand> touchpoints = new ArrayList<>();
    switch (person.history()) {
      case WARM_AND_STEADY ->
          every(30, MIXED, touchpoints, contactId, today.minusYears(3), today.minusDays(12));
      case DORMANT_FOUR_YEARS ->
          every(
              60,
              EMAIL_ONLY,
              touchpoints,
              contactId,
              today.minusYears(7),
              today.minusYears(4).minusMonths(2));
      case QUIET_TWO_YEARS ->
          every(
              30,
              MIXED,
              touchpoints,
              contactId,
              today.minusYears(4),
              today.minusYears(2).minusMonths(1));
      case NEW_ACQUAINTANCE ->
          touchpoints.add(
              new TouchpointCommand(
                  today.minusDays(20),
                  Channel.EMAIL,
                  Direction.INBOUND,
                  List.of(contactId),
                  "She wrote after the health fair",
                  null,
                  null,
                  null));
    }
    return touchpoints;
  }

  private static final Channel[] MIXED = {
    Channel.MEAL, Channel.PHONE, Channel.EMAIL, Channel.IN_PERSON
  };
  private static final Channel[] EMAIL_ONLY = {Channel.EMAIL};

  private static void every(
      int days,
      Channel[] channels,
      List<TouchpointCommand> touchpoints,
      long contactId,
      LocalDate from,
      LocalDate until) {
    Direction[] directions = {
      Direction.MUTUAL, Direction.INBOUND, Direction.MUTUAL, Direction.OUTBOUND
    };
    int i = 0;
    for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(days), i++) {
      touchpoints.add(
          new TouchpointCommand(
              day,
              channels[i % channels.length],
              directions[i % directions.length],
              List.of(contactId),
              "Catch-up",
              null,
              null,
              null));
    }
  }
}

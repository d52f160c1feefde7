package app.rapport.demo;

import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.PhoneNumber;
import app.rapport.model.Tier;
import app.rapport.organizations.OrganizationCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A believable, made-up network for a newcomer to explore: a finance manager in her late fifties,
 * thirty years into a career, moving into healthcare administration. About 200 people across a
 * dozen organisations and several industries. The same seed always gives the same network.
 */
final class SampleNetwork {

  record SampleOrganization(String name, String domain, String industry, boolean target) {}

  record SamplePerson(ContactCommand command, SampleOrganization organization) {}

  static final List<SampleOrganization> ORGANIZATIONS =
      List.of(
          new SampleOrganization("Contoso Health", "contosohealth.example", "Healthcare", false),
          new SampleOrganization("Fabrikam Medical", "fabrikam.example", "Healthcare", false),
          new SampleOrganization("Woodgrove Bank", "woodgrove.example", "Banking", false),
          new SampleOrganization("Northwind Traders", "northwind.example", "Wholesale", false),
          new SampleOrganization("Litware Insurance", "litware.example", "Insurance", false),
          new SampleOrganization(
              "Adventure Works", "adventure-works.example", "Manufacturing", false),
          new SampleOrganization("Trey Research", "treyresearch.example", "Life sciences", false),
          new SampleOrganization(
              "Lucerne Publishing", "lucernepublishing.example", "Publishing", false),
          new SampleOrganization(
              "Alpine Community College", "alpinecc.example", "Education", false),
          new SampleOrganization("Coho Foundation", "cohofoundation.example", "Nonprofit", false),
          new SampleOrganization("Proseware", "proseware.example", "Software", false),
          new SampleOrganization(
              "Tailspin Hospital Group", "tailspin.example", "Healthcare", false));

  private static final String[] GIVEN = {
    "Ana",
    "Luis",
    "Maria",
    "James",
    "Priya",
    "Chen",
    "Fatima",
    "Robert",
    "Linda",
    "Kwame",
    "Sofia",
    "Daniel",
    "Aisha",
    "Thomas",
    "Mei",
    "Carlos",
    "Ingrid",
    "David",
    "Grace",
    "Olusegun",
    "Elena",
    "Michael",
    "Yuki",
    "Patricia",
    "Omar",
    "Hannah",
    "Rajesh",
    "Susan",
    "Mateo",
    "Karen",
    "Ahmed",
    "Nora",
    "Samuel",
    "Lucía",
    "Peter",
    "Amara",
    "William",
    "Zoë",
    "Henrik",
    "Rosa"
  };

  private static final String[] FAMILY = {
    "Ruiz", "Fernández", "Okafor", "Nguyen", "Patel", "Wang", "Haddad", "Johnson", "Schmidt",
    "Mensah", "Rossi", "Kowalski", "Bello", "Andersen", "Tanaka", "García", "Lindqvist", "Cohen",
    "O'Brien", "Adeyemi", "Petrova", "Brown", "Sato", "Murphy", "Rahman", "Müller", "Iyer",
    "Davies", "López", "Clarke", "Hassan", "Dubois", "Kim", "Moreau", "Svensson", "Nakamura",
    "Silva", "Walker", "Costa", "Novak"
  };

  private static final String[] ROLES = {
    "Chief Financial Officer",
    "Finance Director",
    "Controller",
    "Head of Operations",
    "Practice Manager",
    "HR Business Partner",
    "Recruiter",
    "Director of Patient Services",
    "Project Manager",
    "Analyst",
    "Nurse Manager",
    "Procurement Lead",
    "Board Member",
    "Hospital Administrator",
    "Operations Manager",
    "Chief Executive",
    "Accountant",
    "Compliance Officer",
    "Programme Director",
    "Talent Acquisition Manager"
  };

  private static final String[] CONTEXTS = {
    "Worked together at %s for several years.",
    "Met at a regional finance leaders' breakfast.",
    "Studied together at the state university.",
    "Volunteered side by side at the food bank.",
    "Introduced by a former manager.",
    "Sat on the hospital foundation board together.",
    "Met at the Rotary Club.",
    "Neighbours for ten years.",
    "Met at a healthcare administration workshop."
  };

  private static final String[] TAGS = {
    "former colleague",
    "university",
    "rotary club",
    "mentor",
    "recruiter",
    "board",
    "neighbour",
    "healthcare",
    "church",
    "volunteering"
  };

  private SampleNetwork() {}

  static List<SamplePerson> people(long seed, LocalDate today, List<String> reservedNames) {
    Random random = new Random(seed);
    List<SamplePerson> people = new ArrayList<>();
    List<String> used = new ArrayList<>(reservedNames);
    int[] tierCounts = {5, 15, 40, 90, 50};
    Tier[] tiers = Tier.values();
    for (int t = 0; t < tiers.length; t++) {
      for (int i = 0; i < tierCounts[t]; i++) {
        people.add(person(random, tiers[t], used, today));
      }
    }
    return people;
  }

  private static SamplePerson person(Random random, Tier tier, List<String> used, LocalDate today) {
    String name;
    do {
      name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    } while (used.contains(name));
    used.add(name);
    boolean employed = random.nextInt(10) < 8;
    SampleOrganization organization =
        employed ? ORGANIZATIONS.get(random.nextInt(ORGANIZATIONS.size())) : null;
    String slug = ascii(name).toLowerCase(Locale.ROOT).replace(' ', '.').replace("'", "");
    List<EmailAddress> emails = new ArrayList<>();
    if (organization != null && random.nextInt(10) < 7) {
      emails.add(new EmailAddress(slug + "@" + organization.domain(), "work"));
    }
    if (random.nextInt(10) < 6) {
      emails.add(new EmailAddress(slug + "@mail.example", "personal"));
    }
    List<PhoneNumber> phones = new ArrayList<>();
    if (random.nextInt(10) < 5) {
      phones.add(
          PhoneNumber.of(String.format("+1 202 555 %04d", 100 + random.nextInt(900)), "mobile"));
    }
    List<String> tags = new ArrayList<>();
    int tagCount = random.nextInt(3);
    for (int i = 0; i < tagCount; i++) {
      String tag = TAGS[random.nextInt(TAGS.length)];
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    String context = CONTEXTS[random.nextInt(CONTEXTS.length)];
    String howWeMet =
        context.contains("%s")
            ? String.format(context, ORGANIZATIONS.get(random.nextInt(ORGANIZATIONS.size())).name())
            : context;
    LocalDate knownSince = today.minusDays(200 + random.nextInt(30 * 365));
    ContactCommand command =
        new ContactCommand(
            name,
            emails,
            phones,
            random.nextInt(10) < 6 ? "https://www.linkedin.com/in/" + slug.replace('.', '-') : null,
            organization == null ? null : organization.name(),
            organization == null ? null : ROLES[random.nextInt(ROLES.length)],
            organization == null ? null : organization.industry(),
            tier,
            tags,
            random.nextInt(6) == 0
                ? "Prefers a phone call to email. Ask about the grandchildren."
                : null,
            howWeMet,
            knownSince,
            null);
    return new SamplePerson(command, organization);
  }

  private static String ascii(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  static OrganizationCommand command(SampleOrganization organization) {
    return new OrganizationCommand(
        organization.name(),
        "https://www." + organization.domain(),
        organization.industry(),
        organization.target(),
        null);
  }
}

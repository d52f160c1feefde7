package app.rapport.bench;

import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.EmailAddress;
import app.rapport.contacts.PhoneNumber;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Overlap;
import app.rapport.model.Tier;
import app.rapport.platform.Text;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A made-up professional network of any size, the same for the same seed and day: organisations
 * (many people at a few large ones, a long tail of small ones), people in the five tiers with
 * emails, phones, LinkedIn profiles, tags and notes, and a log of touchpoints whose rhythm follows
 * each tier (the inner circle every week or two, the wider network once a year or less, a third of
 * ties gone quiet). Person 0 is the "heavy" person, in the inner circle with {@link
 * NetworkSize#heavyTouchpoints()} touchpoints, whose page the benchmark opens.
 *
 * <p>Everything is described by index (person 3, organisation 7); the loader gives the rows their
 * ids. Touchpoints are produced one at a time, so a million of them never sit in memory together.
 */
public final class SyntheticNetwork {

  /** How far back the log goes. */
  static final int HISTORY_YEARS = 10;

  public record Organization(String name, String domain, String industry, boolean target) {}

  /** A person, as the app's own command, and the index of their organisation (or -1). */
  public record Person(ContactCommand command, int organization) {}

  /**
   * A touchpoint with the indexes of the people in it; a follow-up is promised for {@code
   * followUpOn} when it is not null.
   */
  public record Touchpoint(
      LocalDate occurredOn,
      Channel channel,
      Direction direction,
      int[] people,
      String summary,
      String notes,
      LocalDate followUpOn,
      String followUpWhat) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Touchpoint t
          && occurredOn.equals(t.occurredOn)
          && channel == t.channel
          && direction == t.direction
          && Arrays.equals(people, t.people)
          && java.util.Objects.equals(summary, t.summary)
          && java.util.Objects.equals(notes, t.notes)
          && java.util.Objects.equals(followUpOn, t.followUpOn)
          && java.util.Objects.equals(followUpWhat, t.followUpWhat);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(occurredOn, channel, direction, Arrays.hashCode(people));
    }
  }

  public static final int HEAVY = 0;

  private final long seed;
  private final NetworkSize size;
  private final LocalDate today;
  private final List<Organization> organizations;
  private final List<Person> people;

  public SyntheticNetwork(long seed, NetworkSize size, LocalDate today) {
    this.seed = seed;
    this.size = size;
    this.today = today;
    this.organizations = makeOrganizations(new SplittableRandom(seed));
    this.people = makePeople(new SplittableRandom(seed + 1));
  }

  public NetworkSize size() {
    return size;
  }

  public LocalDate today() {
    return today;
  }

  public List<Organization> organizations() {
    return organizations;
  }

  public List<Person> people() {
    return people;
  }

  /** The organisations the user targets, as the search profile names them. */
  public List<String> targetCompanies() {
    return organizations.stream().filter(Organization::target).map(Organization::name).toList();
  }

  // ---- organisations ---------------------------------------------------------------------------

  private static final String[] ORG_WORDS = {
    "Contoso",
    "Fabrikam",
    "Woodgrove",
    "Northwind",
    "Litware",
    "Adventure",
    "Trey",
    "Lucerne",
    "Alpine",
    "Coho",
    "Proseware",
    "Tailspin",
    "Wingtip",
    "Blue Yonder",
    "Margie's",
    "VanArsdel",
    "Humongous",
    "Wide World",
    "Graphic",
    "Datum",
    "Relecloud",
    "Consolidated",
    "Southridge",
    "Fourth Coffee",
    "Bellows",
    "Cascade",
    "Harbor",
    "Summit",
    "Riverbend",
    "Lakeshore",
    "Meridian",
    "Pinecrest",
    "Granite",
    "Silverline",
    "Oakridge",
    "Redwood",
    "Brightwater",
    "Stonebridge",
    "Clearview",
    "Evergreen",
    "Highland",
    "Ironwood",
    "Juniper",
    "Keystone",
    "Larkspur",
    "Maple"
  };

  /** A sector: how organisations in it are named and the industry they are in. */
  private record Sector(String word, String industry, String domainWord) {}

  private static final Sector[] SECTORS = {
    new Sector("Health", "Healthcare", "health"),
    new Sector("Medical", "Healthcare", "medical"),
    new Sector("Hospital Group", "Healthcare", "hospitals"),
    new Sector("Bank", "Banking", "bank"),
    new Sector("Capital", "Financial services", "capital"),
    new Sector("Insurance", "Insurance", "insurance"),
    new Sector("Software", "Software", "software"),
    new Sector("Systems", "Information technology", "systems"),
    new Sector("Traders", "Wholesale", "traders"),
    new Sector("Logistics", "Transport and logistics", "logistics"),
    new Sector("Manufacturing", "Manufacturing", "mfg"),
    new Sector("Research", "Life sciences", "research"),
    new Sector("Pharma", "Life sciences", "pharma"),
    new Sector("Publishing", "Publishing", "publishing"),
    new Sector("Community College", "Education", "college"),
    new Sector("University", "Education", "university"),
    new Sector("Foundation", "Nonprofit", "foundation"),
    new Sector("Energy", "Energy", "energy"),
    new Sector("Retail", "Retail", "retail"),
    new Sector("Consulting", "Consulting", "consulting"),
    new Sector("Engineering", "Engineering", "engineering"),
    new Sector("Foods", "Food and beverage", "foods"),
    new Sector("Media", "Media", "media"),
    new Sector("Legal", "Legal services", "legal"),
    new Sector("Realty", "Real estate", "realty")
  };

  private static final String[] ORG_SUFFIXES = {"", " Group", " Partners", " Inc.", " & Co."};

  private List<Organization> makeOrganizations(SplittableRandom random) {
    int combinations = ORG_WORDS.length * SECTORS.length * ORG_SUFFIXES.length;
    int count = size.organizations();
    if (count > combinations) {
      throw new IllegalArgumentException("at most " + combinations + " organisations");
    }
    // A random walk through the combinations with a stride prime to their number visits each once.
    int stride = coprimeStride(random, combinations);
    int at = random.nextInt(combinations);
    List<Organization> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int word = at % ORG_WORDS.length;
      int sector = (at / ORG_WORDS.length) % SECTORS.length;
      int suffix = at / (ORG_WORDS.length * SECTORS.length);
      Sector s = SECTORS[sector];
      String name = ORG_WORDS[word] + " " + s.word() + ORG_SUFFIXES[suffix];
      String domain =
          slug(ORG_WORDS[word]).replace(".", "") + "-" + s.domainWord() + suffix + ".example";
      boolean target = s.industry().equals("Healthcare") && random.nextInt(3) == 0;
      result.add(new Organization(name, domain, s.industry(), target));
      at = (at + stride) % combinations;
    }
    return List.copyOf(result);
  }

  private static int coprimeStride(SplittableRandom random, int n) {
    while (true) {
      int candidate = 1 + random.nextInt(n - 1);
      if (gcd(candidate, n) == 1) {
        return candidate;
      }
    }
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  // ---- people ----------------------------------------------------------------------------------

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
    "Rosa",
    "John",
    "Mary",
    "Joseph",
    "Barbara",
    "Richard",
    "Elizabeth",
    "Charles",
    "Jennifer",
    "Christopher",
    "Jessica",
    "Matthew",
    "Sarah",
    "Anthony",
    "Nancy",
    "Mark",
    "Lisa",
    "Paul",
    "Betty",
    "Steven",
    "Sandra",
    "Andrew",
    "Ashley",
    "Joshua",
    "Kimberly",
    "Kenneth",
    "Emily",
    "Kevin",
    "Donna",
    "Brian",
    "Michelle",
    "George",
    "Carol",
    "Timothy",
    "Amanda",
    "Ronald",
    "Melissa",
    "Jason",
    "Deborah",
    "Edward",
    "Stephanie",
    "Jeffrey",
    "Rebecca",
    "Ryan",
    "Sharon",
    "Jacob",
    "Laura",
    "Gary",
    "Cynthia",
    "Nicholas",
    "Dorothy",
    "Eric",
    "Amy",
    "Jonathan",
    "Kathleen",
    "Stephen",
    "Angela",
    "Larry",
    "Shirley",
    "Justin",
    "Emma",
    "Scott",
    "Brenda",
    "Brandon",
    "Pamela",
    "Benjamin",
    "Nicole",
    "Samuel",
    "Anna",
    "Gregory",
    "Samantha",
    "Alexander",
    "Katherine",
    "Frank",
    "Christine",
    "Patrick",
    "Debra",
    "Raymond",
    "Rachel",
    "Jack",
    "Carolyn",
    "Dennis",
    "Janet",
    "Jerry",
    "Maria",
    "Tyler",
    "Olivia",
    "Aaron",
    "Heather",
    "José",
    "Helen",
    "Adam",
    "Catherine",
    "Nathan",
    "Diane",
    "Henry",
    "Julie",
    "Zachary",
    "Victoria",
    "Douglas",
    "Joyce",
    "Wei",
    "Hiroshi",
    "Arjun",
    "Ngozi",
    "Siobhan",
    "Björn",
    "Astrid",
    "Dmitri",
    "Olga",
    "Giulia",
    "Marco",
    "Chiara",
    "Pierre",
    "Camille",
    "Jürgen",
    "Anneliese",
    "Seo-yeon",
    "Min-jun",
    "Thabo",
    "Zanele",
    "Ravi",
    "Ananya",
    "Tomás",
    "Inés",
    "Mohammed",
    "Layla",
    "Kofi",
    "Abena",
    "Liam",
    "Chloé",
    "Mehmet",
    "Elif"
  };

  private static final String[] FAMILY = {
    "Ruiz",
    "Fernández",
    "Okafor",
    "Nguyen",
    "Patel",
    "Wang",
    "Haddad",
    "Johnson",
    "Schmidt",
    "Mensah",
    "Rossi",
    "Kowalski",
    "Bello",
    "Andersen",
    "Tanaka",
    "García",
    "Lindqvist",
    "Cohen",
    "O'Brien",
    "Adeyemi",
    "Petrova",
    "Brown",
    "Sato",
    "Murphy",
    "Rahman",
    "Müller",
    "Iyer",
    "Davies",
    "López",
    "Clarke",
    "Hassan",
    "Dubois",
    "Kim",
    "Moreau",
    "Svensson",
    "Nakamura",
    "Silva",
    "Walker",
    "Costa",
    "Novak",
    "Smith",
    "Williams",
    "Jones",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Lewis",
    "Robinson",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Gomez",
    "Phillips",
    "Evans",
    "Turner",
    "Diaz",
    "Parker",
    "Cruz",
    "Edwards",
    "Collins",
    "Reyes",
    "Stewart",
    "Morris",
    "Morales",
    "Rogers",
    "Reed",
    "Cook",
    "Morgan",
    "Bell",
    "Ortiz",
    "Cooper",
    "Richardson",
    "Cox",
    "Howard",
    "Ward",
    "Peterson",
    "Gray",
    "Ramirez",
    "James",
    "Watson",
    "Brooks",
    "Kelly",
    "Sanders",
    "Price",
    "Bennett",
    "Wood",
    "Barnes",
    "Ross",
    "Henderson",
    "Coleman",
    "Jenkins",
    "Perry",
    "Powell",
    "Long",
    "Patterson",
    "Hughes",
    "Chen",
    "Li",
    "Zhang",
    "Liu",
    "Yamamoto",
    "Suzuki",
    "Singh",
    "Kumar",
    "Sharma",
    "Gupta",
    "Ivanov",
    "Popescu",
    "Horvat",
    "Nowak",
    "Jansen",
    "De Vries",
    "Bakker",
    "Larsen",
    "Nielsen",
    "Virtanen",
    "Korhonen",
    "Hansen",
    "Berg",
    "Fischer",
    "Weber",
    "Wagner",
    "Becker",
    "Schulz",
    "Ferrari",
    "Romano",
    "Colombo",
    "Bianchi",
    "Santos",
    "Oliveira",
    "Pereira",
    "Almeida",
    "Mbeki",
    "Dlamini",
    "Osei",
    "Boateng",
    "Abubakar",
    "Eze",
    "Yilmaz",
    "Kaya",
    "Demir",
    "Park",
    "Choi",
    "Jung"
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
    "Talent Acquisition Manager",
    "Software Engineer",
    "Product Manager",
    "Data Scientist",
    "Sales Director",
    "Marketing Manager",
    "Account Executive",
    "Consultant",
    "Partner",
    "Vice President",
    "Teacher",
    "Professor",
    "Dean",
    "Pharmacist",
    "Physician",
    "Architect",
    "Lawyer",
    "Paralegal",
    "Office Manager",
    "Executive Assistant",
    "Customer Success Manager",
    "Business Analyst",
    "Auditor",
    "Treasurer",
    "Risk Manager"
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
    "volunteering",
    "alumni",
    "conference",
    "golf",
    "book club",
    "finance leaders",
    "school parents",
    "running club",
    "ex-manager",
    "mentee",
    "industry group",
    "client",
    "supplier",
    "investor",
    "family friend"
  };

  private static final String[] CONTEXTS = {
    "Worked together for several years.",
    "Met at a regional finance leaders' breakfast.",
    "Studied together at the state university.",
    "Volunteered side by side at the food bank.",
    "Introduced by a former manager.",
    "Sat on the hospital foundation board together.",
    "Met at the Rotary Club.",
    "Neighbours for ten years.",
    "Met at a healthcare administration workshop.",
    "Our children were at school together.",
    "Met at an industry conference."
  };

  private static final String[] NOTES = {
    "Prefers a phone call to email. Ask about the grandchildren.",
    "Training for a marathon; ask how it went.",
    "Knows everyone in hospital finance in the region.",
    "Moved from banking into healthcare five years ago.",
    "Happy to review a CV; offered to introduce me to her team.",
    "Writes a newsletter on supply chains worth reading."
  };

  private static final String[] MAIL_PROVIDERS = {"mail.example", "post.example", "inbox.example"};

  /** Tiers in the shares of a real network (Dunbar's layers): few inner, many acquaintances. */
  private static final double[] TIER_SHARE = {0.005, 0.02, 0.08, 0.35, 0.545};

  private List<Person> makePeople(SplittableRandom random) {
    List<Person> result = new ArrayList<>(size.people());
    for (int i = 0; i < size.people(); i++) {
      Tier tier = i == HEAVY ? Tier.INNER : tierFor(random.nextDouble());
      result.add(person(random, i, tier));
    }
    return List.copyOf(result);
  }

  private static Tier tierFor(double u) {
    double sum = 0;
    Tier[] tiers = Tier.values();
    for (int t = 0; t < tiers.length; t++) {
      sum += TIER_SHARE[t];
      if (u < sum) {
        return tiers[t];
      }
    }
    return Tier.ACQUAINTANCE;
  }

  private Person person(SplittableRandom random, int index, Tier tier) {
    String given = GIVEN[random.nextInt(GIVEN.length)];
    String family = FAMILY[random.nextInt(FAMILY.length)];
    String name = given + " " + family;
    String slug = slug(name);
    int organization = -1;
    if (random.nextInt(100) < 85) {
      // Many people at a few large organisations, a long tail of small ones.
      double u = random.nextDouble();
      organization = (int) (organizations.size() * u * u);
    }
    Organization org = organization < 0 ? null : organizations.get(organization);
    List<EmailAddress> emails = new ArrayList<>();
    if (org != null && random.nextInt(100) < 60) {
      emails.add(new EmailAddress(slug + "@" + org.domain(), "work"));
    }
    if (random.nextInt(100) < 55) {
      emails.add(
          new EmailAddress(
              slug + "." + Integer.toString(index, 36) + "@" + pick(random, MAIL_PROVIDERS),
              "personal"));
    }
    List<PhoneNumber> phones = new ArrayList<>();
    if (random.nextInt(100) < 40) {
      String local = String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
      int area = 201 + random.nextInt(700);
      phones.add(
          new PhoneNumber(
              "+1 " + area + " 555 " + local,
              random.nextInt(4) == 0 ? "work" : "mobile",
              "+1" + area + "555" + local));
    }
    List<String> tags = new ArrayList<>();
    int tagCount = random.nextInt(4);
    for (int t = 0; t < tagCount; t++) {
      String tag = pick(random, TAGS);
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    String linkedin =
        random.nextInt(100) < 70
            ? "https://www.linkedin.com/in/"
                + slug.replace('.', '-')
                + "-"
                + Integer.toString(index, 36)
            : null;
    LocalDate knownSince =
        index == HEAVY ? today.minusYears(12) : today.minusDays(200 + random.nextInt(30 * 365));
    ContactCommand command =
        new ContactCommand(
            name,
            emails,
            phones,
            linkedin,
            org == null ? null : org.name(),
            org == null ? null : pick(random, ROLES),
            org == null ? null : org.industry(),
            tier,
            tags,
            random.nextInt(100) < 15 ? pick(random, NOTES) : null,
            random.nextInt(2) == 0 ? pick(random, CONTEXTS) : null,
            knownSince,
            random.nextInt(100) < 2 ? 14 + random.nextInt(60) : null);
    return new Person(command, organization);
  }

  // ---- touchpoints -----------------------------------------------------------------------------

  private static final String[] SUMMARIES = {
    "Caught up over coffee",
    "Talked about her new team",
    "Shared an article on hospital finance",
    "Asked how the reorganisation went",
    "Congratulated him on the promotion",
    "Swapped notes on a conference",
    "Quick call about the project",
    "Lunch near the office",
    "Sent a birthday card",
    "Talked about the job market in healthcare",
    "Asked for advice on moving into operations",
    "Introduced her to a former colleague",
    "Commented on his post about the merger",
    "Met at the alumni evening"
  };

  /** How many touchpoints a person of each tier gets, relative to the others. */
  private static final double[] TIER_WEIGHT = {40, 15, 5, 1.5, 0.3};

  /** Days between touchpoints for each tier, used to place a quiet tie's last contact. */
  private static final int[] TIER_CADENCE = {7, 30, 90, 365, 730};

  /** How many touchpoints each person has, adding up to exactly the size's touchpoints. */
  int[] touchpointCounts() {
    SplittableRandom random = new SplittableRandom(seed + 2);
    int n = people.size();
    double[] weights = new double[n];
    double total = 0;
    for (int i = 1; i < n; i++) {
      weights[i] =
          TIER_WEIGHT[people.get(i).command().tier().ordinal()] * (0.5 + random.nextDouble());
      total += weights[i];
    }
    int[] counts = new int[n];
    counts[HEAVY] = size.heavyTouchpoints();
    int rest = size.touchpoints() - size.heavyTouchpoints();
    int given = 0;
    for (int i = 1; i < n; i++) {
      counts[i] = (int) Math.floor(rest * weights[i] / total);
      given += counts[i];
    }
    for (int i = 1; given < rest; i = i % (n - 1) + 1) {
      counts[i]++;
      given++;
    }
    return counts;
  }

  /** Produces every touchpoint, person by person, oldest first for each. */
  public void touchpoints(Consumer<Touchpoint> sink) {
    SplittableRandom random = new SplittableRandom(seed + 3);
    int[] counts = touchpointCounts();
    LocalDate historyStart = today.minusYears(HISTORY_YEARS);
    for (int i = 0; i < people.size(); i++) {
      if (counts[i] == 0) {
        continue;
      }
      Person person = people.get(i);
      Tier tier = person.command().tier();
      LocalDate start =
          person.command().knownSince().isAfter(historyStart)
              ? person.command().knownSince()
              : historyStart;
      // A third of ties (never the heavy person) went quiet a while ago: the dormant ones.
      boolean quiet = i != HEAVY && random.nextInt(3) == 0;
      LocalDate end =
          quiet
              ? today.minusDays((long) TIER_CADENCE[tier.ordinal()] * (2 + random.nextInt(8)))
              : today;
      if (end.isBefore(start)) {
        end = start;
      }
      long span = Math.max(1, end.toEpochDay() - start.toEpochDay());
      for (int k = 0; k < counts[i]; k++) {
        long offset = (long) ((k + random.nextDouble()) * span / counts[i]);
        LocalDate day = start.plusDays(Math.min(offset, span));
        sink.accept(touchpoint(random, i, day));
      }
    }
  }

  private Touchpoint touchpoint(SplittableRandom random, int person, LocalDate day) {
    int[] who = {person};
    // One in twenty is a meal or an event with one or two others.
    if (person != HEAVY && random.nextInt(20) == 0) {
      int others = 1 + random.nextInt(2);
      who = new int[1 + others];
      who[0] = person;
      for (int o = 1; o <= others; o++) {
        int other;
        do {
          other = 1 + random.nextInt(people.size() - 1);
        } while (contains(who, o, other));
        who[o] = other;
      }
    }
    Channel channel =
        switch (random.nextInt(10)) {
          case 0, 1 -> Channel.EMAIL;
          case 2, 3 -> Channel.PHONE;
          case 4 -> Channel.MEAL;
          case 5 -> Channel.IN_PERSON;
          case 6 -> Channel.LINKEDIN;
          case 7 -> Channel.TEXT;
          case 8 -> Channel.VIDEO;
          default -> who.length > 1 ? Channel.EVENT : Channel.LETTER;
        };
    Direction direction =
        switch (random.nextInt(10)) {
          case 0, 1, 2, 3, 4 -> Direction.MUTUAL;
          case 5, 6 -> Direction.INBOUND;
          default -> Direction.OUTBOUND;
        };
    boolean recent = day.isAfter(today.minusDays(21));
    boolean followUp = recent ? random.nextInt(5) == 0 : random.nextInt(100) == 0;
    return new Touchpoint(
        day,
        channel,
        direction,
        who,
        pick(random, SUMMARIES),
        random.nextInt(20) == 0 ? "Follow-up promised; see the notes on the person." : null,
        followUp ? day.plusDays(7) : null,
        followUp ? "Send the article we talked about" : null);
  }

  private static boolean contains(int[] values, int length, int value) {
    for (int i = 0; i < length; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  // ---- LinkedIn export -------------------------------------------------------------------------

  private static final DateTimeFormatter CONNECTED_ON =
      DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

  /**
   * Writes a LinkedIn {@code Connections.csv} in the current export's layout (its "Notes:"
   * preamble, a blank line, then the header). About one row in seven is someone already in the
   * network, with the same profile address, as happens when a user imports again.
   */
  public void writeLinkedInCsv(Path file, int rows) throws IOException {
    SplittableRandom random = new SplittableRandom(seed + 4);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Notes:\r\n");
      out.write(
          "\"When exporting your connection data, you may notice that some of the email addresses"
              + " are missing. You will only see email addresses for connections who have allowed"
              + " their connections to see or download their email address using this setting"
              + " https://www.linkedin.com/psettings/privacy/email. You can learn more here"
              + " https://www.linkedin.com/help/linkedin/answer/261\"\r\n");
      out.write("\r\n");
      out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
      for (int r = 0; r < rows; r++) {
        String given;
        String family;
        String url;
        if (random.nextInt(7) == 0) {
          Person known = people.get(random.nextInt(people.size()));
          String[] parts = known.command().fullName().split(" ", 2);
          given = parts[0];
          family = parts[1];
          url = known.command().linkedinUrl();
          if (url == null) {
            url = "https://www.linkedin.com/in/" + slug(known.command().fullName()) + "-x" + r;
          }
        } else {
          given = pick(random, GIVEN);
          family = pick(random, FAMILY);
          url =
              "https://www.linkedin.com/in/"
                  + slug(given + " " + family).replace('.', '-')
                  + "-li"
                  + Integer.toString(r, 36);
        }
        String email =
            random.nextInt(4) == 0
                ? slug(given + " " + family) + "." + Integer.toString(r, 36) + "@mail.example"
                : "";
        String company =
            random.nextInt(10) < 8
                ? organizations.get(random.nextInt(organizations.size())).name()
                : "";
        String position = company.isEmpty() ? "" : pick(random, ROLES);
        LocalDate connected = today.minusDays(random.nextInt(15 * 365));
        out.write(
            String.join(
                ",",
                csv(given),
                csv(family),
                csv(url),
                csv(email),
                csv(company),
                csv(position),
                CONNECTED_ON.format(connected)));
        out.write("\r\n");
      }
    }
  }

  static String csv(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * Short prefixes of the network's names (2 to 4 letters of a word of someone's name), as a person
   * types them into the search box.
   */
  public List<String> searchPrefixes(int count) {
    SplittableRandom random = new SplittableRandom(seed + 5);
    List<String> prefixes = new ArrayList<>(count);
    while (prefixes.size() < count) {
      String[] words =
          Text.words(people.get(random.nextInt(people.size())).command().fullName()).split(" ");
      String word = words[random.nextInt(words.length)];
      if (word.length() >= 2) {
        prefixes.add(word.substring(0, Math.min(word.length(), 2 + random.nextInt(3))));
      }
    }
    return prefixes;
  }

  // ---- who knows whom, and introductions ------------------------------------------------------

  /**
   * Two people (indices into {@link #people()}, the smaller first) who know each other, and how.
   */
  public record KnowsPair(int low, int high, Overlap overlap, boolean professional) {}

  /**
   * {@link NetworkSize#knowsLinks()} distinct pairs: seven in ten between people of the same
   * organisation (colleagues, most of them for over a year), the rest across organisations (school,
   * a group, or only said to), so that a target organisation is reached through a few people.
   */
  public List<KnowsPair> knowsLinks() {
    SplittableRandom random = new SplittableRandom(seed + 6);
    Map<Integer, List<Integer>> byOrganization = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      byOrganization.computeIfAbsent(people.get(i).organization(), k -> new ArrayList<>()).add(i);
    }
    int wanted = (int) Math.min(size.knowsLinks(), (long) people.size() * (people.size() - 1) / 2);
    java.util.Set<Long> seen = new java.util.HashSet<>(wanted * 2);
    List<KnowsPair> pairs = new ArrayList<>(wanted);
    while (pairs.size() < wanted) {
      int a = random.nextInt(people.size());
      List<Integer> colleagues = byOrganization.get(people.get(a).organization());
      boolean sameOrganization =
          people.get(a).organization() >= 0 && colleagues.size() > 1 && random.nextInt(10) < 7;
      int b =
          sameOrganization
              ? colleagues.get(random.nextInt(colleagues.size()))
              : random.nextInt(people.size());
      if (a == b || !seen.add((long) Math.min(a, b) * people.size() + Math.max(a, b))) {
        continue;
      }
      Overlap overlap;
      if (sameOrganization) {
        overlap =
            random.nextInt(4) == 0
                ? Overlap.SAME_EMPLOYER_UNDER_A_YEAR
                : Overlap.SAME_EMPLOYER_OVER_A_YEAR;
      } else {
        overlap =
            switch (random.nextInt(3)) {
              case 0 -> Overlap.SAME_SCHOOL;
              case 1 -> Overlap.SAME_GROUP;
              default -> Overlap.STATED_ONLY;
            };
      }
      pairs.add(
          new KnowsPair(
              Math.min(a, b), Math.max(a, b), overlap, sameOrganization || random.nextBoolean()));
    }
    return pairs;
  }

  /** One introduction: who introduced the user to whom, and when. */
  public record IntroductionEvent(int introducer, int introduced, LocalDate on) {}

  /**
   * Introduction chains: one person in fifty starts a chain of one to four introductions, each
   * person introduced going on to introduce the next, over the last five years.
   */
  public List<IntroductionEvent> introductions() {
    SplittableRandom random = new SplittableRandom(seed + 7);
    List<IntroductionEvent> events = new ArrayList<>();
    for (int chain = 0; chain < Math.max(1, people.size() / 50); chain++) {
      int from = random.nextInt(people.size());
      LocalDate on = today.minusDays(random.nextInt(5 * 365));
      for (int step = 1 + random.nextInt(4); step > 0; step--) {
        int to = random.nextInt(people.size());
        if (to == from) {
          continue;
        }
        events.add(new IntroductionEvent(from, to, on));
        from = to;
        on = on.plusDays(7 + random.nextInt(120));
        if (on.isAfter(today)) {
          break;
        }
      }
    }
    return events;
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
  }
}

package app.rapport.warmpaths;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.ContactSummary;
import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.KnowsLink;
import app.rapport.introductions.KnowsLinkService;
import app.rapport.keepintouch.FollowUp;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.Willingness;
import app.rapport.model.IntroPath;
import app.rapport.model.IntroPaths;
import app.rapport.model.ModelParameters;
import app.rapport.model.Overlap;
import app.rapport.model.PathLink;
import app.rapport.model.ScoredPath;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.Text;
import app.rapport.platform.web.PageParts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warm paths (§9.8): for a target organisation or person, the best chains of people who could
 * introduce the user, with at most two people between the user and the target, scored by the model
 * ({@link IntroPaths}) and explained in plain words.
 *
 * <p>The search is bidirectional and bounded. The user's side needs no searching: every person the
 * user has been in touch with (or has said when they met) is one step from the user, as willing as
 * their closeness and latent trust say. The target's side is searched outwards: the people at the
 * target (at most {@value #MAX_TARGETS}); the people they know (each person's {@value
 * #LINKS_PER_PERSON} strongest links, one index range per person; at most {@value #MAX_MIDDLE}
 * kept, strongest first); and the people those know whom the user knows too, through stored links
 * or by working at the same organisation now. The two sides meet in the middle: a person one step
 * from the target whom the user knows is a one-intermediary path; a person the user knows one step
 * from such a person is a two-intermediary path. No request reads more than a few thousand
 * adjacency rows, whatever the size of the network, and cycles (people who know each other both
 * ways, loops of introductions) are harmless: a path never repeats a person.
 */
@Service
public class WarmPathService {

  static final int MAX_TARGETS = 150;
  static final int LINKS_PER_PERSON = 8;
  static final int MAX_MIDDLE = 100;

  /** Colleagues now are looked up for the middle people at this many organisations... */
  static final int COLLEAGUE_ORGANIZATIONS = 20;

  /** ...and at most this many of the people the user knows at each. */
  static final int COLLEAGUES_PER_ORGANIZATION = 10;

  static final int MAX_FIRST_HOPS = 200;
  static final int MAX_PATHS = 20;
  static final int MAX_DIRECT = 20;

  /**
   * People at the same organisation now are taken to know each other, but for how long is unknown:
   * the weaker of the two employer overlaps (§9.8).
   */
  static final Overlap COLLEAGUES_NOW = Overlap.SAME_EMPLOYER_UNDER_A_YEAR;

  private final WarmPathRepository graph;
  private final ContactService contacts;
  private final KeepInTouchService keepInTouch;
  private final IntroductionService introductions;
  private final KnowsLinkService links;
  private final IntroPaths paths;
  private final PageParts parts;
  private final Clock clock;

  WarmPathService(
      WarmPathRepository graph,
      ContactService contacts,
      KeepInTouchService keepInTouch,
      IntroductionService introductions,
      KnowsLinkService links,
      ModelParameters parameters,
      PageParts parts,
      Clock clock) {
    this.graph = graph;
    this.contacts = contacts;
    this.keepInTouch = keepInTouch;
    this.introductions = introductions;
    this.links = links;
    this.paths = new IntroPaths(parameters);
    this.parts = parts;
    this.clock = clock;
  }

  // ---- searching -------------------------------------------------------------------------------

  /** The ways into an organisation, named as the user wrote it (case and accents aside). */
  public WarmPaths toOrganization(long account, String name) {
    String clean = Text.trimToNull(name);
    if (clean == null) {
      throw InvalidInput.of(
          "organization", "Write the name of the organisation you would like to get into.");
    }
    WarmPathRepository.Organization organization =
        graph
            .organizationNamed(account, clean)
            .orElseThrow(
                () ->
                    InvalidInput.of(
                        "organization",
                        "There is no organisation called "
                            + clean
                            + " in Rapport. Check the spelling, or add someone who works there."));
    PageParts.Part<Long> peopleAtTarget =
        parts.start(() -> graph.countAt(account, organization.id()));
    List<Long> targets = graph.peopleAt(account, organization.id(), MAX_TARGETS);
    return search(account, organization.name(), organization.id(), peopleAtTarget.join(), targets);
  }

  /** The ways to one person. */
  public WarmPaths toPerson(long account, long contactId) {
    Contact person = contacts.get(account, contactId);
    return search(account, person.fullName(), null, 1, List.of(contactId));
  }

  /** A step of a candidate path: from one person to the next, over a link or as colleagues. */
  private record Step(WarmPathRepository.Edge edge) {

    PathLink link() {
      return new PathLink(edge.from(), edge.to(), edge.overlap(), edge.professional());
    }
  }

  /**
   * The search. Reads that do not wait for each other's answers are made side by side on {@link
   * PageParts}: on PostgreSQL each is a round trip the request would otherwise wait through
   * (docs/benchmarks.md, finding 23).
   */
  private WarmPaths search(
      long account, String target, Long organizationId, long peopleAtTarget, List<Long> targets) {
    Set<Long> targetSet = new HashSet<>(targets);
    PageParts.Part<Set<Long>> knownTargetsRead =
        parts.start(() -> graph.knownToUser(account, targets));

    // The target's side, one step out: for each person who knows someone at the target, their
    // strongest link into it (reversed, so it leads towards the target).
    Map<Long, Step> intoTarget = new HashMap<>();
    for (WarmPathRepository.Edge e :
        graph.strongestLinks(account, targets, LINKS_PER_PERSON, false)) {
      if (targetSet.contains(e.to())) {
        continue;
      }
      Step step = new Step(reversed(e));
      Step best = intoTarget.get(e.to());
      if (best == null || stronger(step, best)) {
        intoTarget.put(e.to(), step);
      }
    }
    List<Long> middle =
        intoTarget.values().stream()
            .sorted(
                Comparator.comparingDouble((Step s) -> -s.edge().strength())
                    .thenComparingLong(s -> s.edge().from()))
            .limit(MAX_MIDDLE)
            .map(s -> s.edge().from())
            .toList();

    // Two steps out, towards the user: the people the user knows whom the middle people know.
    PageParts.Part<List<WarmPathRepository.Edge>> middleLinks =
        parts.start(() -> graph.strongestLinks(account, middle, LINKS_PER_PERSON, true));
    PageParts.Part<Set<Long>> knownMiddleRead =
        parts.start(() -> graph.knownToUser(account, middle));
    List<WarmPathRepository.Edge> colleagues = colleaguesNow(account, middle, organizationId);
    Map<Long, Step[]> viaMiddle = new HashMap<>();
    for (WarmPathRepository.Edge e : middleLinks.join()) {
      offer(viaMiddle, reversed(e), intoTarget.get(e.from()), targetSet);
    }
    for (WarmPathRepository.Edge e : colleagues) {
      offer(viaMiddle, e, intoTarget.get(e.to()), targetSet);
    }
    List<Long> firstHops =
        viaMiddle.entrySet().stream()
            .sorted(
                Comparator.comparingDouble(
                        (Map.Entry<Long, Step[]> entry) -> -product(entry.getValue()))
                    .thenComparingLong(Map.Entry::getKey))
            .limit(MAX_FIRST_HOPS)
            .map(Map.Entry::getKey)
            .toList();

    // The user's side: whom the user knows, and how willing each is.
    Set<Long> knownMiddle = knownMiddleRead.join();
    Set<Long> knownTargets = knownTargetsRead.join();
    Set<Long> asked = new LinkedHashSet<>(knownMiddle);
    asked.addAll(firstHops);
    asked.addAll(knownTargets);
    Map<Long, Willingness> willing = keepInTouch.willingness(account, asked);

    // Where the sides meet: every candidate path, scored by the model.
    Map<IntroPath, List<Step>> candidates = new LinkedHashMap<>();
    for (Long person : middle) {
      double w = willingness(willing.get(person));
      if (knownMiddle.contains(person) && w > 0) {
        Step step = intoTarget.get(person);
        candidates.put(new IntroPath(w, List.of(step.link()), 1.0), List.of(step));
      }
    }
    for (Long person : firstHops) {
      double w = willingness(willing.get(person));
      if (w > 0) {
        Step[] steps = viaMiddle.get(person);
        candidates.put(
            new IntroPath(w, List.of(steps[0].link(), steps[1].link()), 1.0), List.of(steps));
      }
    }
    List<ScoredPath> best = new ArrayList<>();
    Set<Long> firstHopsShown = new HashSet<>();
    for (ScoredPath scored : paths.rank(List.copyOf(candidates.keySet()))) {
      if (best.size() == MAX_PATHS) {
        break;
      }
      if (firstHopsShown.add(scored.path().firstIntermediary())) {
        best.add(scored);
      }
    }

    List<Long> direct =
        knownTargets.stream()
            .filter(id -> willingness(willing.get(id)) > 0)
            .sorted(
                Comparator.comparingDouble((Long id) -> -willingness(willing.get(id)))
                    .thenComparingLong(id -> id))
            .limit(MAX_DIRECT)
            .toList();
    return describe(
        account,
        target,
        organizationId,
        peopleAtTarget,
        targets.size(),
        best,
        candidates,
        direct,
        willing);
  }

  /** Keeps, for each first hop, the middle person whose two steps are strongest together. */
  private static void offer(
      Map<Long, Step[]> viaMiddle,
      WarmPathRepository.Edge toMiddle,
      Step intoTarget,
      Set<Long> targets) {
    long firstHop = toMiddle.from();
    if (intoTarget == null
        || targets.contains(firstHop)
        || firstHop == intoTarget.edge().to()
        || firstHop == toMiddle.to()) {
      return;
    }
    Step[] steps = {new Step(toMiddle), intoTarget};
    Step[] current = viaMiddle.get(firstHop);
    if (current == null
        || product(steps) > product(current)
        || (product(steps) == product(current) && toMiddle.to() < current[0].edge().to())) {
      viaMiddle.put(firstHop, steps);
    }
  }

  private static double product(Step[] steps) {
    return steps[0].edge().strength() * steps[1].edge().strength();
  }

  private static boolean stronger(Step a, Step b) {
    return a.edge().strength() > b.edge().strength()
        || (a.edge().strength() == b.edge().strength() && a.edge().to() < b.edge().to());
  }

  private static WarmPathRepository.Edge reversed(WarmPathRepository.Edge e) {
    return new WarmPathRepository.Edge(
        e.to(), e.from(), e.linkId(), e.overlap(), e.professional(), e.strength(), null);
  }

  /**
   * Colleagues now, as steps from a person the user knows to a middle person at the same
   * organisation: for the middle people at the first {@value #COLLEAGUE_ORGANIZATIONS}
   * organisations (other than the target), the people there the user knows.
   */
  private List<WarmPathRepository.Edge> colleaguesNow(
      long account, List<Long> middle, Long targetOrganization) {
    Map<Long, Long> organizationOf = graph.organizationsOf(account, middle);
    Map<Long, List<Long>> middleAt = new LinkedHashMap<>();
    for (Long person : middle) {
      Long organization = organizationOf.get(person);
      if (organization == null || organization.equals(targetOrganization)) {
        continue;
      }
      if (middleAt.containsKey(organization) || middleAt.size() < COLLEAGUE_ORGANIZATIONS) {
        middleAt.computeIfAbsent(organization, k -> new ArrayList<>()).add(person);
      }
    }
    Map<Long, List<Long>> knownAt =
        graph.knownPeopleAt(account, middleAt.keySet(), COLLEAGUES_PER_ORGANIZATION);
    double strength = links.strength(COLLEAGUES_NOW, true);
    List<WarmPathRepository.Edge> edges = new ArrayList<>();
    middleAt.forEach(
        (organization, people) -> {
          for (Long colleague : knownAt.getOrDefault(organization, List.of())) {
            for (Long person : people) {
              if (!colleague.equals(person)) {
                edges.add(
                    new WarmPathRepository.Edge(
                        colleague, person, null, COLLEAGUES_NOW, true, strength, organization));
              }
            }
          }
        });
    return edges;
  }

  /**
   * Willingness(user → person) = max(closeness, latent trust) (§9.5); 0 for an ended tie, which
   * {@link KeepInTouchService#willingness} leaves out.
   */
  static double willingness(Willingness willing) {
    return willing == null ? 0 : willing.value();
  }

  // ---- in plain words --------------------------------------------------------------------------

  private WarmPaths describe(
      long account,
      String target,
      Long organizationId,
      long peopleAtTarget,
      int peopleSearched,
      List<ScoredPath> best,
      Map<IntroPath, List<Step>> candidates,
      List<Long> direct,
      Map<Long, Willingness> willing) {
    Set<Long> people = new LinkedHashSet<>(direct);
    Set<Long> linkIds = new HashSet<>();
    Set<Long> organizations = new HashSet<>();
    for (ScoredPath scored : best) {
      for (Step step : candidates.get(scored.path())) {
        people.add(step.edge().from());
        people.add(step.edge().to());
        if (step.edge().linkId() != null) {
          linkIds.add(step.edge().linkId());
        } else if (step.edge().toOrganization() != null) {
          organizations.add(step.edge().toOrganization());
        }
      }
    }
    PageParts.Part<List<KnowsLink>> linksRead = parts.start(() -> links.getMany(account, linkIds));
    PageParts.Part<Map<Long, String>> organizationsRead =
        parts.start(() -> graph.organizationNames(account, organizations));
    Map<Long, ContactSummary> byId = new HashMap<>();
    contacts.getMany(account, List.copyOf(people)).forEach(c -> byId.put(c.id(), c));
    Map<Long, KnowsLink> linkById = new HashMap<>();
    linksRead.join().forEach(l -> linkById.put(l.id(), l));
    Map<Long, String> organizationNames = organizationsRead.join();

    List<WarmPath> found = new ArrayList<>();
    for (ScoredPath scored : best) {
      List<Step> steps = candidates.get(scored.path());
      List<ContactSummary> chain = new ArrayList<>();
      chain.add(byId.get(steps.get(0).edge().from()));
      steps.forEach(step -> chain.add(byId.get(step.edge().to())));
      StringBuilder text =
          new StringBuilder(willingWords(chain.get(0).fullName(), willing.get(chain.get(0).id())));
      for (int i = 0; i < steps.size(); i++) {
        WarmPathRepository.Edge edge = steps.get(i).edge();
        String words =
            stepWords(
                account,
                edge,
                chain.get(i + 1).fullName(),
                linkById.get(edge.linkId()),
                organizationNames.get(edge.toOrganization()));
        text.append(i == 0 ? ", and " : "; " + firstName(chain.get(i).fullName()) + " ")
            .append(words);
      }
      found.add(new WarmPath(chain, scored.score(), text.append(".").toString(), scored.reasons()));
    }
    List<WarmPaths.Direct> known = new ArrayList<>();
    for (Long id : direct) {
      ContactSummary person = byId.get(id);
      known.add(
          new WarmPaths.Direct(
              person,
              willingness(willing.get(id)),
              willingWords(person.fullName(), willing.get(id))
                  + ": you could ask "
                  + firstName(person.fullName())
                  + " yourself."));
    }
    return new WarmPaths(target, organizationId, peopleAtTarget, peopleSearched, known, found);
  }

  /** "Ann Lee is close to you", "Ann Lee trusts you" (when trust from the past outweighs now). */
  static String willingWords(String name, Willingness willingness) {
    double closeness = willingness.closeness();
    double trust = willingness.latentTrust();
    double willing = willingness.value();
    boolean fromThePast = trust > closeness;
    if (willing >= 0.6) {
      return name + (fromThePast ? " trusts you" : " is close to you");
    }
    if (willing >= 0.4) {
      return name + (fromThePast ? " trusts you" : " knows you well");
    }
    return name + (willing >= 0.2 ? " knows you" : " knows you a little");
  }

  /** One step in words, without its subject: "worked with Bob Stone at Fabrikam for six years". */
  private String stepWords(
      long account, WarmPathRepository.Edge edge, String to, KnowsLink link, String organization) {
    if (edge.linkId() == null) {
      return "works with " + to + (organization == null ? "" : " at " + organization) + " now";
    }
    if (link == null) {
      return "knows " + to;
    }
    if (link.source() == KnowsLink.Source.INTRODUCTION && link.introductionId() != null) {
      try {
        Introduction introduction = introductions.get(account, link.introductionId());
        boolean made = introduction.introducer().contactId() == edge.from();
        return switch (introduction.status()) {
          case ASKED -> "knows " + to;
          case OFFERED -> made ? "offered to introduce you to " + to : "was named to you by " + to;
          case MADE, MET -> made ? "introduced you to " + to : "was introduced to you by " + to;
        };
      } catch (NotFound gone) {
        return "knows " + to;
      }
    }
    return switch (link.how()) {
      case WORKED_TOGETHER, STUDIED_TOGETHER ->
          link.how().verb()
              + " "
              + to
              + (link.organization() == null ? "" : " at " + link.organization())
              + duration(link.fromYear(), link.toYear())
              + note(link.note());
      case SAME_GROUP ->
          "knows "
              + to
              + (link.organization() == null ? "" : " through " + link.organization())
              + note(link.note());
      case OTHER -> "knows " + to + note(link.note());
    };
  }

  private static final String[] NUMBERS = {
    "",
    "a year",
    "two years",
    "three years",
    "four years",
    "five years",
    "six years",
    "seven years",
    "eight years",
    "nine years",
    "ten years"
  };

  /** " for six years", " since 2015", or nothing. */
  static String duration(Integer from, Integer to) {
    if (from == null) {
      return "";
    }
    if (to == null) {
      return " since " + from;
    }
    int years = to - from;
    if (years <= 0) {
      return " for under a year";
    }
    return " for " + (years < NUMBERS.length ? NUMBERS[years] : years + " years");
  }

  /**
   * " from church" as the user wrote it, or " (neighbours for years)" for a note of another kind.
   */
  static String note(String note) {
    if (note == null) {
      return "";
    }
    String first = note.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return List.of("from", "through", "via", "at", "since", "in").contains(first)
        ? " " + note
        : " (" + note + ")";
  }

  private static String firstName(String name) {
    int space = name.indexOf(' ');
    return space > 0 ? name.substring(0, space) : name;
  }

  // ---- asking ----------------------------------------------------------------------------------

  /**
   * "Ask for an introduction": a follow-up for today to ask the first person of the path, with a
   * message to start from that asks for advice rather than a job (§9.7), and the introduction kept
   * as asked for.
   *
   * @param contactIds the path: the person to ask, anyone in between, and the target
   */
  @Transactional
  public IntroductionAsk askForIntroduction(long account, List<Long> contactIds) {
    List<FieldProblem> problems = new ArrayList<>();
    if (contactIds == null || contactIds.size() < 2 || contactIds.size() > 3) {
      throw InvalidInput.of(
          "contactIds",
          "Give the path: the person to ask, anyone in between (at most one), and the target.");
    }
    if (new HashSet<>(contactIds).size() != contactIds.size()) {
      throw InvalidInput.of("contactIds", "A path cannot name the same person twice.");
    }
    List<Contact> people = new ArrayList<>();
    for (int i = 0; i < contactIds.size(); i++) {
      try {
        people.add(contacts.get(account, contactIds.get(i)));
      } catch (NotFound missing) {
        problems.add(
            new FieldProblem(
                "contactIds[" + i + "]",
                "There is no such person in Rapport (they may have been deleted)."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Contact ask = people.get(0);
    Contact next = people.get(1);
    Contact target = people.get(people.size() - 1);
    String where = target.company() == null ? "" : " at " + target.company();
    String message = message(ask, next, target);
    String toward =
        people.size() == 3 ? "Hoping to reach " + target.fullName() + where + "." : null;
    Introduction introduction =
        introductions.askForIntroduction(account, ask.id(), next.id(), toward);
    String what =
        "Ask "
            + firstName(ask.fullName())
            + " to introduce you to "
            + next.fullName()
            + (people.size() == 3 ? ", who knows " + target.fullName() : "")
            + where
            + ". You could write: \""
            + message
            + "\"";
    FollowUp followUp =
        keepInTouch.addFollowUp(account, ask.id(), null, LocalDate.now(clock), what);
    return new IntroductionAsk(followUp, introduction, message);
  }

  static String message(Contact ask, Contact next, Contact target) {
    String place =
        target.company() == null
            ? "the work " + firstName(target.fullName()) + " does"
            : target.company();
    StringBuilder text =
        new StringBuilder("Hi ")
            .append(firstName(ask.fullName()))
            .append(", I hope you are well! I am learning more about ")
            .append(place)
            .append(". ");
    if (next.id() == target.id()) {
      text.append("Would you be willing to introduce me to ").append(next.fullName()).append("? ");
    } else {
      text.append("Would you be willing to introduce me to ")
          .append(next.fullName())
          .append("? I believe ")
          .append(firstName(next.fullName()))
          .append(" knows ")
          .append(target.fullName())
          .append(". ");
    }
    return text.append(
            "I would value twenty minutes of advice on how things work there; I am not asking"
                + " for a job.")
        .toString();
  }
}

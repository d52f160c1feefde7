package app.rapport.introductions;

import app.rapport.contacts.ContactService;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.Dates;
import app.rapport.touchpoints.TouchpointService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions: "Ann introduced me to Bob", the names someone mentioned after a coffee, and the
 * chains they form. Each introduction also notes that the two people know each other (a
 * knows-link), which warm paths build on.
 */
@Service
public class IntroductionService {

  /** How many introductions up a chain is followed before it is cut (chains can loop). */
  static final int CHAIN_LENGTH = 6;

  /** The tree below a person: this many levels, this many people per person, this many in all. */
  static final int TREE_DEPTH = 3;

  static final int TREE_CHILDREN = 8;
  static final int TREE_NODES = 60;

  /** At most this many names are noted at once. */
  static final int MAX_NAMES = 10;

  private final IntroductionRepository introductions;
  private final KnowsLinkService knows;
  private final PeopleByName people;
  private final PeopleRepository peopleRows;
  private final TouchpointService touchpoints;
  private final Rules rules;
  private final Clock clock;

  IntroductionService(
      IntroductionRepository introductions,
      KnowsLinkService knows,
      PeopleByName people,
      PeopleRepository peopleRows,
      TouchpointService touchpoints,
      Rules rules,
      Clock clock) {
    this.introductions = introductions;
    this.knows = knows;
    this.people = people;
    this.peopleRows = peopleRows;
    this.touchpoints = touchpoints;
    this.rules = rules;
    this.clock = clock;
  }

  // ---- merges ----------------------------------------------------------------------------------

  private static final List<String> PARTS = List.of("introducer_id", "introduced_id");

  /**
   * Two people became one: the introductions the merged-away person made or received are the kept
   * one's. One between the two of them stays as it is, so that undoing the merge finds it whole.
   */
  @EventListener
  public void contactsMerged(ContactService.ContactsMerged merged) {
    for (String part : PARTS) {
      List<Long> ids =
          introductions.withPart(merged.account(), part, merged.mergedAwayId(), merged.keptId());
      introductions.givePart(merged.account(), part, ids, merged.keptId());
      merged.log().record(logName(part), ids);
    }
  }

  /** A merge was undone: the introductions go back to the person they came from. */
  @EventListener
  public void contactsUnmerged(ContactService.ContactsUnmerged unmerged) {
    for (String part : PARTS) {
      introductions.givePart(
          unmerged.account(), part, unmerged.log().get(logName(part)), unmerged.mergedAwayId());
    }
  }

  private static String logName(String part) {
    return part.equals("introducer_id") ? "introductionsMade" : "introductionsReceived";
  }

  // ---- reading ---------------------------------------------------------------------------------

  public Introduction get(long account, long id) {
    return introductions.find(account, id).orElseThrow(() -> IntroductionNotFound.forId(id));
  }

  /** Newest first; only those a person took part in when {@code contactId} is given. */
  public PageResult<Introduction> list(long account, Long contactId, PageRequest page) {
    return PageResult.of(
        introductions.list(account, contactId, page),
        page,
        () -> introductions.count(account, contactId));
  }

  /** The introductions that brought this person to the user, oldest first. */
  public List<Introduction> introducing(long account, long contactId) {
    return introductions.introducing(account, List.of(contactId));
  }

  /**
   * The chain of introductions that led to a person, the first one first: Carl introduced the user
   * to Ann, who introduced them to Bob. Empty when the user knew the person directly. Each step up
   * must have come before the one below it, and a loop (people who introduced each other) ends the
   * chain where it would repeat.
   */
  public List<Introduction> chainTo(long account, long contactId) {
    List<Introduction> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    seen.add(contactId);
    long current = contactId;
    Introduction below = null;
    for (int step = 0; step < CHAIN_LENGTH; step++) {
      Introduction limit = below;
      Introduction first =
          introductions.introducing(account, List.of(current)).stream()
              .filter(i -> limit == null || before(i, limit))
              .findFirst()
              .orElse(null);
      if (first == null) {
        break;
      }
      below = first;
      long next = first.introducer().contactId();
      if (!seen.add(next)) {
        break;
      }
      chain.add(0, first);
      current = next;
    }
    return chain;
  }

  /** Whether one introduction came before another: by date, then by when it was recorded. */
  private static boolean before(Introduction a, Introduction b) {
    int byDate = a.occurredOn().compareTo(b.occurredOn());
    return byDate < 0 || (byDate == 0 && a.id() < b.id());
  }

  /** A person's introduction tree: the chain above them and the people below, bounded. */
  public IntroductionTree tree(long account, long contactId) {
    String name = peopleRows.live(account, List.of(contactId)).get(contactId);
    if (name == null) {
      throw new NotFound("person", Ids.format(contactId));
    }
    PersonRef person = new PersonRef(contactId, name, false);
    List<Introduction> above = chainTo(account, contactId);
    Set<Long> seen = new HashSet<>();
    above.forEach(i -> seen.add(i.introducer().contactId()));
    seen.add(contactId);

    Map<Long, List<IntroductionRepository.Ranked>> childrenOf = new LinkedHashMap<>();
    List<Long> level = List.of(contactId);
    int nodes = 1;
    for (int depth = 0; depth < TREE_DEPTH && !level.isEmpty() && nodes < TREE_NODES; depth++) {
      List<Long> next = new ArrayList<>();
      for (IntroductionRepository.Ranked ranked :
          introductions.madeBy(account, level, TREE_CHILDREN)) {
        if (nodes >= TREE_NODES) {
          break;
        }
        Introduction intro = ranked.introduction();
        childrenOf
            .computeIfAbsent(intro.introducer().contactId(), k -> new ArrayList<>())
            .add(ranked);
        nodes++;
        if (seen.add(intro.introduced().contactId())) {
          next.add(intro.introduced().contactId());
        }
      }
      level = next;
    }
    // people already in the chain above are shown again below, but not expanded twice
    Set<Long> shown = new HashSet<>();
    above.forEach(i -> shown.add(i.introducer().contactId()));
    return new IntroductionTree(person, above, node(person, null, childrenOf, shown));
  }

  private static IntroductionTree.Node node(
      PersonRef person,
      Introduction via,
      Map<Long, List<IntroductionRepository.Ranked>> childrenOf,
      Set<Long> expanded) {
    if (!expanded.add(person.contactId())) {
      return new IntroductionTree.Node(person, via, List.of(), 0, true);
    }
    List<IntroductionRepository.Ranked> made =
        childrenOf.getOrDefault(person.contactId(), List.of());
    List<IntroductionTree.Node> children = new ArrayList<>();
    for (IntroductionRepository.Ranked ranked : made) {
      Introduction intro = ranked.introduction();
      children.add(node(intro.introduced(), intro, childrenOf, expanded));
    }
    long total = made.isEmpty() ? 0 : made.get(0).madeCount();
    return new IntroductionTree.Node(person, via, children, total - made.size(), false);
  }

  // ---- writing ---------------------------------------------------------------------------------

  /** "Ann introduced me to Bob": either may be new, and is then added on the way. */
  @Transactional
  public Introduction recordIntroduction(long account, IntroductionCommand command) {
    List<FieldProblem> problems = new ArrayList<>(rules.problems(command));
    PeopleByName.Resolved introducer =
        people.resolve(
            account,
            command.introducer(),
            new PeopleByName.Fields(
                "introducerId",
                "introducerName",
                "introducerCompany",
                "Choose who made or offered the introduction."),
            problems);
    PeopleByName.Resolved introduced =
        people.resolve(
            account,
            command.introduced(),
            new PeopleByName.Fields(
                "introducedId",
                "introducedName",
                "introducedCompany",
                "Choose whom you were introduced to."),
            problems);
    if (introducer != null && introduced != null && introducer.samePersonAs(introduced)) {
      problems.add(
          new FieldProblem(
              introduced.isNew() || command.introduced().contactId() == null
                  ? "introducedName"
                  : "introducedId",
              "Someone cannot be introduced to themselves: choose two different people."));
    }
    if (command.status() == null) {
      problems.add(new FieldProblem("status", "Choose how far the introduction got."));
    }
    checkDate(command.occurredOn(), "occurredOn", problems);
    checkTouchpoint(account, command.touchpointId(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return add(
        account,
        introducer,
        introduced,
        command.occurredOn(),
        command.status(),
        Text.trimToNull(command.context()),
        command.touchpointId());
  }

  /**
   * "They mentioned names": each name becomes an offered introduction from the person who gave it,
   * the person added when new. All or nothing: a problem with one name refuses them all.
   */
  @Transactional
  public List<Introduction> recordMentionedNames(long account, MentionedNamesCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    PeopleByName.Resolved introducer =
        people.resolve(
            account,
            command.introducer(),
            new PeopleByName.Fields(
                "introducerId",
                "introducerName",
                "introducerCompany",
                "Choose who mentioned the names."),
            problems);
    LocalDate on = command.occurredOn() == null ? LocalDate.now(clock) : command.occurredOn();
    checkDate(on, "occurredOn", problems);
    checkTouchpoint(account, command.touchpointId(), problems);
    List<PeopleByName.Resolved> named = new ArrayList<>();
    List<String> contexts = new ArrayList<>();
    int given = 0;
    for (int i = 0; i < command.names().size(); i++) {
      MentionedNamesCommand.MentionedName row = command.names().get(i);
      if (row == null || row.person() == null || row.person().isEmpty()) {
        continue;
      }
      given++;
      String field = "names[" + i + "]";
      String context = Text.trimToNull(row.context());
      if (context != null && context.length() > 2000) {
        problems.add(new FieldProblem(field + ".context", "Use at most 2000 characters."));
      }
      PeopleByName.Resolved person =
          people.resolve(
              account,
              row.person(),
              new PeopleByName.Fields(
                  field + ".contactId", field + ".fullName", field + ".company", "Write a name."),
              problems);
      if (person == null) {
        continue;
      }
      if (introducer != null && introducer.samePersonAs(person)) {
        problems.add(
            new FieldProblem(
                field + ".fullName",
                "This is "
                    + introducer.fullName()
                    + ": someone cannot be introduced to themselves."));
      } else if (named.stream().noneMatch(person::samePersonAs)) {
        named.add(person);
        contexts.add(context);
      }
    }
    if (given == 0) {
      problems.add(new FieldProblem("names[0].fullName", "Write at least one name."));
    } else if (given > MAX_NAMES) {
      problems.add(new FieldProblem("names", "Note at most " + MAX_NAMES + " names at a time."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    List<Introduction> recorded = new ArrayList<>();
    for (int i = 0; i < named.size(); i++) {
      recorded.add(
          add(
              account,
              introducer,
              named.get(i),
              on,
              IntroductionStatus.OFFERED,
              contexts.get(i),
              command.touchpointId()));
    }
    return recorded;
  }

  /**
   * The user asked someone for an introduction (from a warm path): kept as an introduction in the
   * {@link IntroductionStatus#ASKED} state, so that the chain is there when it is made.
   */
  @Transactional
  public Introduction askForIntroduction(
      long account, long introducer, long introduced, String context) {
    return recordIntroduction(
        account,
        new IntroductionCommand(
            PersonInput.of(introducer),
            PersonInput.of(introduced),
            LocalDate.now(clock),
            IntroductionStatus.ASKED,
            context,
            null));
  }

  @Transactional
  public Introduction editIntroduction(
      long account, long id, int version, IntroductionChange change) {
    Introduction current = get(account, id);
    List<FieldProblem> problems = new ArrayList<>(rules.problems(change));
    if (change.occurredOn() != null) {
      checkDate(change.occurredOn(), "occurredOn", problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    IntroductionChange clean =
        new IntroductionChange(
            change.occurredOn(), change.status(), Text.trimToNull(change.context()));
    if (!introductions.update(
        account,
        id,
        version,
        clean,
        current.introducer().fullName(),
        current.introduced().fullName(),
        clock.instant())) {
      throw new StaleEdit("introduction");
    }
    return get(account, id);
  }

  /** Moves an introduction one step on: asked, offered, made, met. */
  @Transactional
  public Introduction advance(long account, long id) {
    Introduction current = get(account, id);
    IntroductionStatus next = current.status().next();
    if (next == null) {
      return current;
    }
    return editIntroduction(
        account,
        id,
        current.version(),
        new IntroductionChange(current.occurredOn(), next, current.context()));
  }

  /**
   * Removes an introduction; {@link #restoreIntroduction} brings it back. The link it made between
   * the two people goes with it, unless another introduction between them still stands or the user
   * has since described the link themselves.
   */
  @Transactional
  public Introduction deleteIntroduction(long account, long id) {
    Introduction gone = get(account, id);
    introductions.markDeleted(account, id, clock.instant());
    Long standing =
        introductions
            .between(account, gone.introducer().contactId(), gone.introduced().contactId())
            .stream()
            .map(Introduction::id)
            .findFirst()
            .orElse(null);
    knows.introductionRemoved(account, id, standing);
    return gone;
  }

  @Transactional
  public Introduction restoreIntroduction(long account, long id) {
    if (!introductions.restore(account, id)) {
      throw IntroductionNotFound.forId(id);
    }
    Introduction back = get(account, id);
    knows.introductionMade(
        account, id, back.introducer().contactId(), back.introduced().contactId());
    return back;
  }

  /** The introductions a person made, offered or was asked for, newest first. */
  /** How many introductions the user asked for between two days, the second not included. */
  public long countAskedBetween(long account, java.time.LocalDate from, java.time.LocalDate until) {
    return introductions.countAsked(account, from, until);
  }

  public PageResult<Introduction> introductionsBy(long account, long contactId, PageRequest page) {
    return PageResult.of(
        introductions.byIntroducer(account, contactId, page),
        page,
        () -> introductions.countByIntroducer(account, contactId));
  }

  private Introduction add(
      long account,
      PeopleByName.Resolved introducer,
      PeopleByName.Resolved introduced,
      LocalDate on,
      IntroductionStatus status,
      String context,
      Long touchpointId) {
    long introducerId =
        people.ensure(
            account,
            introducer,
            "Introduced you to " + introduced.fullName() + " (" + Dates.shortWritten(on) + ").",
            null);
    String how =
        status == IntroductionStatus.OFFERED
            ? introducer.fullName() + " mentioned them (" + Dates.shortWritten(on) + ")"
            : "Introduced by " + introducer.fullName() + " (" + Dates.shortWritten(on) + ")";
    long introducedId =
        people.ensure(
            account,
            introduced,
            context == null ? how + "." : how + ": " + context,
            status == IntroductionStatus.MET ? on : null);
    long id = Ids.next();
    introductions.insert(
        account,
        id,
        introducerId,
        introducer.fullName(),
        introducedId,
        introduced.fullName(),
        on,
        status,
        context,
        touchpointId,
        clock.instant());
    knows.introductionMade(account, id, introducerId, introducedId);
    return get(account, id);
  }

  private void checkDate(LocalDate date, String field, List<FieldProblem> problems) {
    if (date == null) {
      problems.add(new FieldProblem(field, "Choose the day it happened."));
    } else if (date.isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem(field, "This date is in the future."));
    }
  }

  private void checkTouchpoint(long account, Long touchpointId, List<FieldProblem> problems) {
    if (touchpointId == null) {
      return;
    }
    try {
      touchpoints.get(account, touchpointId);
    } catch (NotFound e) {
      problems.add(
          new FieldProblem(
              "touchpointId", "There is no such touchpoint (it may have been deleted)."));
    }
  }
}

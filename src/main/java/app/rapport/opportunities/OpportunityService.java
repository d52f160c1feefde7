package app.rapport.opportunities;

import app.rapport.contacts.ContactService;
import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionService;
import app.rapport.introductions.PeopleByName;
import app.rapport.introductions.PersonRef;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.keepintouch.KeepInTouchStatus;
import app.rapport.model.Channel;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.PlausibleDates;
import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities: leads, applications, interviews and offers, moved along a board by stage with
 * every move kept, each tied to the people and the introduction that produced it, so the user can
 * see the chain behind it and which relationships opened doors.
 */
@Service
public class OpportunityService {

  /** The board shows at most this many opportunities in each stage; a list shows the rest. */
  public static final int BOARD_PER_STAGE = 25;

  private final OpportunityRepository opportunities;
  private final IntroductionService introductions;
  private final PeopleByName people;
  private final OrganizationService organizations;
  private final KeepInTouchService keepInTouch;
  private final Rules rules;
  private final Clock clock;

  OpportunityService(
      OpportunityRepository opportunities,
      IntroductionService introductions,
      PeopleByName people,
      OrganizationService organizations,
      KeepInTouchService keepInTouch,
      Rules rules,
      Clock clock) {
    this.opportunities = opportunities;
    this.introductions = introductions;
    this.people = people;
    this.organizations = organizations;
    this.keepInTouch = keepInTouch;
    this.rules = rules;
    this.clock = clock;
  }

  // ---- reading ---------------------------------------------------------------------------------

  public Opportunity get(long account, long id) {
    return opportunities
        .find(account, id)
        .filter(o -> !o.isDeleted())
        .orElseThrow(() -> OpportunityNotFound.forId(id));
  }

  /** Most recently changed first; by stage, and by a person taking part, when given. */
  public PageResult<Opportunity> list(long account, Stage stage, Long contactId, PageRequest page) {
    return PageResult.of(
        opportunities.list(account, stage, contactId, page),
        page,
        () -> opportunities.count(account, stage, contactId));
  }

  /** The board: for each stage, its most recently changed opportunities and how many in all. */
  public Map<Stage, PageResult<Opportunity>> board(long account) {
    Map<Stage, Long> counts = opportunities.countByStage(account);
    Map<Stage, PageResult<Opportunity>> board = new LinkedHashMap<>();
    PageRequest first = new PageRequest(0, BOARD_PER_STAGE);
    for (Stage stage : Stage.values()) {
      long count = counts.getOrDefault(stage, 0L);
      board.put(
          stage,
          PageResult.of(
              count == 0 ? List.of() : opportunities.list(account, stage, null, first),
              first,
              count));
    }
    return board;
  }

  public List<StageChange> history(long account, long id) {
    get(account, id);
    return opportunities.history(account, id);
  }

  /**
   * The chain behind an opportunity: from the person the user knew, through each introduction, to
   * the person who brought it. Built from its introduction when it has one, else from the first
   * person who brought it; empty when the user found it on their own.
   */
  public Origin origin(long account, long id) {
    Opportunity opportunity = get(account, id);
    List<Origin.Step> steps = new ArrayList<>();
    Optional<Introduction> via = introductionOf(account, opportunity.introductionId());
    if (via.isPresent()) {
      Introduction last = via.get();
      addChain(
          steps, introductions.chainTo(account, last.introducer().contactId()), last.introducer());
      steps.add(new Origin.Step(last.introduced(), last));
    } else if (!opportunity.sources().isEmpty()) {
      PersonRef source = opportunity.sources().get(0);
      addChain(steps, introductions.chainTo(account, source.contactId()), source);
    }
    return new Origin(opportunity, steps);
  }

  private static void addChain(List<Origin.Step> steps, List<Introduction> chain, PersonRef end) {
    if (chain.isEmpty()) {
      steps.add(new Origin.Step(end, null));
      return;
    }
    steps.add(new Origin.Step(chain.get(0).introducer(), null));
    for (Introduction introduction : chain) {
      steps.add(new Origin.Step(introduction.introduced(), introduction));
    }
  }

  /** Which relationships opened doors: counts that add up to the opportunities they count. */
  public Insights insights(long account) {
    List<Insights.Row> bySource =
        rows(
            opportunities.countBy(account, "source"),
            key -> OpportunitySource.valueOf(key).label(),
            enumOrder(OpportunitySource.values()),
            "Not noted");
    List<Insights.Row> byTie =
        rows(
            opportunities.countBy(account, "tie_strength"),
            key -> TieStrength.valueOf(key).label(),
            enumOrder(TieStrength.values()),
            "No one you knew");
    List<Insights.Row> byChannel =
        rows(
            opportunities.countBy(account, "channel"),
            key -> Channel.valueOf(key).label(),
            enumOrder(Channel.values()),
            "Channel not noted");
    long total = bySource.stream().mapToLong(Insights.Row::total).sum();
    return new Insights(total, bySource, byTie, byChannel);
  }

  private static List<String> enumOrder(Enum<?>[] values) {
    List<String> order = new ArrayList<>();
    for (Enum<?> value : values) {
      order.add(value.name());
    }
    return order;
  }

  private static List<Insights.Row> rows(
      List<OpportunityRepository.Count> counts,
      Function<String, String> label,
      List<String> order,
      String noneLabel) {
    Map<String, Map<Stage, Long>> furthest = new LinkedHashMap<>();
    Map<String, Long> closed = new LinkedHashMap<>();
    for (OpportunityRepository.Count count : counts) {
      String key = count.grouping() == null ? "NONE" : count.grouping();
      furthest
          .computeIfAbsent(key, k -> new EnumMap<>(Stage.class))
          .merge(count.furthest(), count.n(), Long::sum);
      if (count.closed()) {
        closed.merge(key, count.n(), Long::sum);
      }
    }
    List<Insights.Row> rows = new ArrayList<>();
    List<String> keys = new ArrayList<>(order);
    keys.add("NONE");
    for (String key : keys) {
      Map<Stage, Long> stages = furthest.get(key);
      if (stages == null) {
        continue;
      }
      long total = stages.values().stream().mapToLong(Long::longValue).sum();
      rows.add(
          new Insights.Row(
              key,
              key.equals("NONE") ? noneLabel : label.apply(key),
              total,
              stages,
              closed.getOrDefault(key, 0L)));
    }
    return rows;
  }

  // ---- writing ---------------------------------------------------------------------------------

  @Transactional
  public Opportunity addOpportunity(long account, OpportunityCommand command) {
    Checked checked = check(account, command, List.of());
    long id = Ids.next();
    Stage stage = checked.command().stage();
    opportunities.insert(
        account,
        id,
        fields(account, checked, stage, stage == Stage.CLOSED ? Stage.LEAD : stage),
        clock.instant());
    opportunities.replacePeople(account, id, ensurePeople(account, checked));
    opportunities.addStageChange(
        account, id, Ids.next(), null, stage, checked.command().openedOn(), clock.instant());
    return refreshTie(account, id);
  }

  /** Saves an edit; a change of stage is kept in the history like a move. */
  @Transactional
  public Opportunity editOpportunity(
      long account, long id, int version, OpportunityCommand command) {
    Opportunity current = get(account, id);
    Checked checked = check(account, command, current.people());
    Stage to = checked.command().stage();
    Stage furthest = Stage.furthestAfter(current.furthestStage(), current.stage(), to);
    if (!opportunities.update(
        account, id, version, fields(account, checked, to, furthest), clock.instant())) {
      throw new StaleEdit("opportunity");
    }
    opportunities.replacePeople(account, id, ensurePeople(account, checked));
    if (to != current.stage()) {
      opportunities.addStageChange(
          account, id, Ids.next(), current.stage(), to, LocalDate.now(clock), clock.instant());
    }
    Opportunity saved = get(account, id);
    if (bringer(account, saved).equals(bringer(account, current))) {
      opportunities.setTie(account, id, current.originCloseness(), current.tieStrength());
      return get(account, id);
    }
    return refreshTie(account, id);
  }

  /** Moves an opportunity to another stage (a button on the board), keeping the move. */
  @Transactional
  public Opportunity moveOpportunity(long account, long id, Stage to, LocalDate on) {
    Opportunity current = get(account, id);
    List<FieldProblem> problems = new ArrayList<>();
    if (to == null) {
      problems.add(new FieldProblem("stage", "Choose the stage to move it to."));
    }
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    if (day.isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("on", "This date is in the future."));
    } else if (!PlausibleDates.plausible(day)) {
      problems.add(new FieldProblem("on", PlausibleDates.MESSAGE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (to == current.stage()) {
      return current;
    }
    if (!opportunities.moveTo(
        account,
        id,
        current.version(),
        to,
        Stage.furthestAfter(current.furthestStage(), current.stage(), to),
        clock.instant())) {
      throw new StaleEdit("opportunity");
    }
    opportunities.addStageChange(
        account, id, Ids.next(), current.stage(), to, day, clock.instant());
    return get(account, id);
  }

  @Transactional
  public Opportunity deleteOpportunity(long account, long id) {
    Opportunity opportunity = get(account, id);
    opportunities.markDeleted(account, id, clock.instant());
    return opportunity;
  }

  @Transactional
  public Opportunity restoreOpportunity(long account, long id) {
    if (!opportunities.restore(account, id)) {
      throw OpportunityNotFound.forId(id);
    }
    return get(account, id);
  }

  /** The command that would save this opportunity unchanged: the start of an edit. */
  /**
   * Two people became one: the opportunities that named the merged-away person name the kept one.
   * Where both were named, the merged-away person stays, so that undoing the merge finds them.
   */
  @EventListener
  public void contactsMerged(ContactService.ContactsMerged merged) {
    List<Long> ids = opportunities.naming(merged.account(), merged.mergedAwayId(), merged.keptId());
    opportunities.handOverPerson(merged.account(), ids, merged.mergedAwayId(), merged.keptId());
    merged.log().record(MOVED, ids);
  }

  /** A merge was undone: the opportunities name the person they named before. */
  @EventListener
  public void contactsUnmerged(ContactService.ContactsUnmerged unmerged) {
    opportunities.handOverPerson(
        unmerged.account(), unmerged.log().get(MOVED), unmerged.keptId(), unmerged.mergedAwayId());
  }

  static final String MOVED = "opportunities";

  public static OpportunityCommand commandOf(Opportunity o) {
    return new OpportunityCommand(
        o.title(),
        o.organization(),
        o.stage(),
        o.source(),
        o.channel(),
        o.openedOn(),
        o.nextStep(),
        o.nextStepOn(),
        o.notes(),
        o.introductionId(),
        o.people().stream()
            .map(
                p ->
                    new OpportunityCommand.Involvement(
                        new app.rapport.introductions.PersonInput(
                            p.person().contactId(), null, null, false),
                        p.role()))
            .toList());
  }

  // ---- checking --------------------------------------------------------------------------------

  private record ResolvedPart(PeopleByName.Resolved person, PersonRole role) {}

  /** A command that passed every check, with its organisation and people resolved. */
  private record Checked(
      OpportunityCommand command,
      Long organizationId,
      String organizationName,
      List<ResolvedPart> people) {}

  /**
   * Checks a command; {@code alreadyThere} are the people an edited opportunity already names, who
   * stay allowed even after they were removed.
   */
  private Checked check(
      long account, OpportunityCommand command, List<Opportunity.Involved> alreadyThere) {
    OpportunityCommand c =
        new OpportunityCommand(
            Text.trimToNull(command.title()),
            Text.trimToNull(command.organization()),
            command.stage(),
            command.source(),
            command.channel(),
            command.openedOn() == null ? LocalDate.now(clock) : command.openedOn(),
            Text.trimToNull(command.nextStep()),
            command.nextStepOn(),
            Text.trimToNull(command.notes()),
            command.introductionId(),
            command.people());
    List<FieldProblem> problems = new ArrayList<>(rules.problems(c));
    if (c.stage() == null) {
      problems.add(
          new FieldProblem("stage", "Choose the stage: lead, applied, interviewing, offer…"));
    }
    if (c.openedOn().isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("openedOn", "This date is in the future."));
    }
    if (c.introductionId() != null && introductionOf(account, c.introductionId()).isEmpty()) {
      problems.add(
          new FieldProblem(
              "introductionId", "There is no such introduction (it may have been removed)."));
    }
    List<ResolvedPart> parts = new ArrayList<>();
    for (int i = 0; i < c.people().size() && i < 20; i++) {
      OpportunityCommand.Involvement involvement = c.people().get(i);
      if (involvement == null || involvement.person() == null || involvement.person().isEmpty()) {
        continue;
      }
      String field = "people[" + i + "]";
      Long id = involvement.person().contactId();
      Optional<PersonRef> kept =
          alreadyThere.stream()
              .map(Opportunity.Involved::person)
              .filter(p -> id != null && p.contactId() == id && p.removed())
              .findFirst();
      PeopleByName.Resolved person =
          kept.isPresent()
              ? new PeopleByName.Resolved(id, kept.get().fullName(), null)
              : people.resolve(
                  account,
                  involvement.person(),
                  new PeopleByName.Fields(
                      field + ".contactId",
                      field + ".fullName",
                      field + ".company",
                      "Write a name."),
                  problems);
      PersonRole role = involvement.role() == null ? PersonRole.SOURCE : involvement.role();
      if (person != null
          && parts.stream().noneMatch(p -> p.role() == role && p.person().samePersonAs(person))) {
        parts.add(new ResolvedPart(person, role));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    OpportunitySource source = c.source();
    if (source == null) {
      source =
          c.introductionId() != null
              ? OpportunitySource.INTRODUCTION
              : parts.stream().anyMatch(p -> p.role() == PersonRole.SOURCE)
                  ? OpportunitySource.CONTACT
                  : OpportunitySource.DIRECT_APPLICATION;
    }
    OpportunityCommand clean =
        new OpportunityCommand(
            c.title(),
            c.organization(),
            c.stage(),
            source,
            c.channel(),
            c.openedOn(),
            c.nextStep(),
            c.nextStepOn(),
            c.notes(),
            c.introductionId(),
            c.people());
    Long organizationId =
        clean.organization() == null ? null : organizations.resolve(account, clean.organization());
    return new Checked(clean, organizationId, clean.organization(), parts);
  }

  private OpportunityRepository.Fields fields(
      long account, Checked checked, Stage stage, Stage furthest) {
    OpportunityCommand c = checked.command();
    return new OpportunityRepository.Fields(
        c.title(),
        checked.organizationId(),
        checked.organizationName(),
        stage,
        furthest,
        c.source(),
        c.channel(),
        c.openedOn(),
        c.nextStep(),
        c.nextStepOn(),
        c.notes(),
        c.introductionId(),
        null,
        null);
  }

  private List<OpportunityRepository.PersonRow> ensurePeople(long account, Checked checked) {
    List<OpportunityRepository.PersonRow> rows = new ArrayList<>();
    String about =
        "Involved in "
            + checked.command().title()
            + (checked.organizationName() == null ? "" : " at " + checked.organizationName())
            + ".";
    for (ResolvedPart part : checked.people()) {
      long id = people.ensure(account, part.person(), about, null);
      rows.add(new OpportunityRepository.PersonRow(id, part.person().fullName(), part.role()));
    }
    return rows;
  }

  /**
   * Notes how strong the user's tie was, now, to the person who brought the opportunity: the one
   * who made its introduction, else the first who brought it.
   */
  private Opportunity refreshTie(long account, long id) {
    Optional<PersonRef> bringer = bringer(account, get(account, id));
    Double closeness = null;
    if (bringer.isPresent() && !bringer.get().removed()) {
      long person = bringer.get().contactId();
      KeepInTouchStatus status = keepInTouch.statuses(account, List.of(person)).get(person);
      closeness = status == null ? null : status.closeness();
    }
    opportunities.setTie(
        account, id, closeness, closeness == null ? null : TieStrength.of(closeness));
    return get(account, id);
  }

  /** Who brought the opportunity: the one who made its introduction, else the first source. */
  private Optional<PersonRef> bringer(long account, Opportunity o) {
    Optional<PersonRef> introducer =
        introductionOf(account, o.introductionId()).map(Introduction::introducer);
    if (introducer.isPresent()) {
      return introducer;
    }
    return o.sources().stream().findFirst();
  }

  private Optional<Introduction> introductionOf(long account, Long introductionId) {
    if (introductionId == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(introductions.get(account, introductionId));
    } catch (NotFound gone) {
      return Optional.empty();
    }
  }
}

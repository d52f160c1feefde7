package app.rapport.introductions;

import app.rapport.contacts.ContactService;
import app.rapport.model.IntroPaths;
import app.rapport.model.ModelParameters;
import app.rapport.model.Overlap;
import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who knows whom among the user's people: entered by hand, or made by an introduction. Each link is
 * stored with its strength, P(they know each other) × professional context from the model (§9.8),
 * so the warm-path search reads the strongest first. People who work at the same organisation now
 * are taken to know each other without a link (see warm paths).
 */
@Service
public class KnowsLinkService {

  /** The earliest year a link can name. */
  static final int FIRST_YEAR = 1900;

  private final KnowsLinkRepository links;
  private final PeopleByName people;
  private final IntroPaths paths;
  private final Rules rules;
  private final Clock clock;

  KnowsLinkService(
      KnowsLinkRepository links,
      PeopleByName people,
      ModelParameters parameters,
      Rules rules,
      Clock clock) {
    this.links = links;
    this.people = people;
    this.paths = new IntroPaths(parameters);
    this.rules = rules;
    this.clock = clock;
  }

  public KnowsLink get(long account, long id) {
    return links.find(account, id).orElseThrow(() -> KnowsLinkNotFound.forId(id));
  }

  /** Links by id, those still there, in no particular order. */
  public List<KnowsLink> getMany(long account, java.util.Collection<Long> ids) {
    return links.findAll(account, ids);
  }

  /** The people someone knows, strongest links first. */
  public PageResult<KnowsLink> of(long account, long contactId, PageRequest page) {
    return PageResult.of(
        links.of(account, contactId, page), page, () -> links.countOf(account, contactId));
  }

  public PageResult<KnowsLink> all(long account, PageRequest page) {
    return PageResult.of(links.all(account, page), page, () -> links.countAll(account));
  }

  /** How many other people in Rapport work at the same organisation as this person now. */
  public long colleaguesNow(long account, long contactId) {
    return links.colleaguesNow(account, contactId);
  }

  /** The strength of a link of this kind: P(they know each other) × professional context. */
  public double strength(Overlap overlap, boolean professional) {
    return paths.knows(overlap) * paths.professionalContext(professional);
  }

  /**
   * Notes that two people know each other. Either may be new and is then added. Noting again a pair
   * an introduction linked describes that link; a pair already described is refused.
   */
  @Transactional
  public KnowsLink addKnowsLink(long account, KnowsLinkCommand command) {
    List<FieldProblem> problems = new ArrayList<>(rules.problems(command));
    PeopleByName.Resolved person =
        people.resolve(
            account,
            command.person(),
            new PeopleByName.Fields("contactId", "fullName", "company", "Choose the first person."),
            problems);
    PeopleByName.Resolved other =
        people.resolve(
            account,
            command.other(),
            new PeopleByName.Fields(
                "otherContactId", "otherName", "otherCompany", "Choose whom they know."),
            problems);
    if (person != null && other != null && person.samePersonAs(other)) {
      problems.add(
          new FieldProblem(
              command.other().contactId() != null && !other.isNew()
                  ? "otherContactId"
                  : "otherName",
              "Someone cannot be linked to themselves: choose two different people."));
    }
    checkYears(command, problems);
    Optional<KnowsLinkRepository.Pair> existing =
        person == null || other == null || person.isNew() || other.isNew()
            ? Optional.empty()
            : links.pair(account, person.contactId(), other.contactId());
    if (existing.isPresent()
        && !existing.get().removed()
        && existing.get().source() == KnowsLink.Source.STATED) {
      problems.add(
          new FieldProblem(
              "otherContactId",
              "You have already noted that "
                  + person.fullName()
                  + " knows "
                  + other.fullName()
                  + ". Change that link instead."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    long personId = people.ensure(account, person, "Knows " + other.fullName() + ".", null);
    long otherId = people.ensure(account, other, "Knows " + person.fullName() + ".", null);
    if (existing.isPresent()) {
      // the pair's one row: a link an introduction made, or one removed earlier, is described anew
      KnowsLinkRepository.Pair pair = existing.get();
      links.update(
          account,
          pair.id(),
          pair.version(),
          row(personId, otherId, command, KnowsLink.Source.STATED, null),
          clock.instant());
      return get(account, pair.id());
    }
    long id = Ids.next();
    links.insert(
        account,
        id,
        row(personId, otherId, command, KnowsLink.Source.STATED, null),
        clock.instant());
    return get(account, id);
  }

  /** Changes how two people know each other; who they are stays. */
  @Transactional
  public KnowsLink editKnowsLink(long account, long id, int version, KnowsLinkCommand command) {
    KnowsLink current = get(account, id);
    List<FieldProblem> problems = new ArrayList<>(rules.problems(command));
    checkYears(command, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (!links.update(
        account,
        id,
        version,
        row(
            current.person().contactId(),
            current.other().contactId(),
            command,
            KnowsLink.Source.STATED,
            current.introductionId()),
        clock.instant())) {
      throw new StaleEdit("link");
    }
    return get(account, id);
  }

  /** Removes a link; {@link #restoreKnowsLink} brings it back. */
  @Transactional
  public KnowsLink deleteKnowsLink(long account, long id) {
    KnowsLink link = get(account, id);
    links.markDeleted(account, id, clock.instant());
    return link;
  }

  @Transactional
  public KnowsLink restoreKnowsLink(long account, long id) {
    if (!links.restore(account, id, clock.instant())) {
      throw KnowsLinkNotFound.forId(id);
    }
    return get(account, id);
  }

  /**
   * Two people became one: the people the merged-away person knew are known by the kept one now. A
   * link the kept person has already (or one between the two) stays where it is, with the
   * merged-away person, so that undoing the merge finds it there.
   */
  @EventListener
  public void contactsMerged(ContactService.ContactsMerged merged) {
    List<Long> moved = handOver(merged.account(), merged.mergedAwayId(), merged.keptId(), null);
    merged.log().record(MOVED, moved);
  }

  /** A merge was undone: the links go back to the person they came from. */
  @EventListener
  public void contactsUnmerged(ContactService.ContactsUnmerged unmerged) {
    handOver(
        unmerged.account(),
        unmerged.keptId(),
        unmerged.mergedAwayId(),
        new HashSet<>(unmerged.log().get(MOVED)));
  }

  /** Moves the links of one person (only these, when named) to another; answers which moved. */
  private List<Long> handOver(long account, long from, long to, Set<Long> only) {
    List<Long> moved = new ArrayList<>();
    for (KnowsLinkRepository.End end : links.endsOf(account, from)) {
      boolean chosen = only == null || only.contains(end.linkId());
      if (chosen && end.other() != to && links.pair(account, to, end.other()).isEmpty()) {
        links.moveEnd(account, end.linkId(), from, to, end.other());
        moved.add(end.linkId());
      }
    }
    return moved;
  }

  static final String MOVED = "knowsLinks";

  /**
   * One introduced the user to the other, so they know each other: noted unless a link between them
   * is there already. The evidence is only that one said so (§9.8: a stated link), but it came up
   * in a conversation about work.
   */
  void introductionMade(long account, long introductionId, long introducer, long introduced) {
    Optional<KnowsLinkRepository.Pair> pair = links.pair(account, introducer, introduced);
    if (pair.isPresent() && !pair.get().removed()) {
      return;
    }
    KnowsLinkRepository.Row row =
        new KnowsLinkRepository.Row(
            Math.min(introducer, introduced),
            Math.max(introducer, introduced),
            KnowsHow.OTHER,
            Overlap.STATED_ONLY,
            true,
            null,
            null,
            null,
            null,
            KnowsLink.Source.INTRODUCTION,
            introductionId,
            strength(Overlap.STATED_ONLY, true));
    if (pair.isPresent()) {
      links.update(account, pair.get().id(), pair.get().version(), row, clock.instant());
    } else {
      links.insert(account, Ids.next(), row, clock.instant());
    }
  }

  /**
   * An introduction was removed: the link it made goes too, or passes to another introduction
   * between the same two people ({@code standing}). A link the user described stays.
   */
  void introductionRemoved(long account, long introductionId, Long standing) {
    links
        .ofIntroduction(account, introductionId)
        .ifPresent(
            link -> {
              if (link.source() == KnowsLink.Source.STATED) {
                return;
              }
              if (standing == null) {
                links.markDeleted(account, link.id(), clock.instant());
              } else {
                links.update(
                    account,
                    link.id(),
                    link.version(),
                    new KnowsLinkRepository.Row(
                        link.person().contactId(),
                        link.other().contactId(),
                        link.how(),
                        link.overlap(),
                        link.professional(),
                        link.organization(),
                        link.fromYear(),
                        link.toYear(),
                        link.note(),
                        link.source(),
                        standing,
                        link.strength()),
                    clock.instant());
              }
            });
  }

  private KnowsLinkRepository.Row row(
      long one, long two, KnowsLinkCommand c, KnowsLink.Source source, Long introductionId) {
    boolean professional =
        c.professional() != null ? c.professional() : c.how().professionalByDefault();
    Overlap overlap = overlap(c.how(), c.fromYear(), c.toYear(), LocalDate.now(clock).getYear());
    return new KnowsLinkRepository.Row(
        Math.min(one, two),
        Math.max(one, two),
        c.how(),
        overlap,
        professional,
        Text.trimToNull(c.organization()),
        c.fromYear(),
        c.toYear(),
        Text.trimToNull(c.note()),
        source,
        introductionId,
        strength(overlap, professional));
  }

  /**
   * The model's overlap for a link: colleagues of more than a year (by the years given; an open end
   * counts to this year) are more likely to know each other than colleagues of less, or of an
   * unknown time (LinkedIn's organisational-overlap model, §9.8).
   */
  static Overlap overlap(KnowsHow how, Integer fromYear, Integer toYear, int thisYear) {
    return switch (how) {
      case WORKED_TOGETHER ->
          fromYear != null && (toYear == null ? thisYear : toYear) - fromYear >= 1
              ? Overlap.SAME_EMPLOYER_OVER_A_YEAR
              : Overlap.SAME_EMPLOYER_UNDER_A_YEAR;
      case STUDIED_TOGETHER -> Overlap.SAME_SCHOOL;
      case SAME_GROUP -> Overlap.SAME_GROUP;
      case OTHER -> Overlap.STATED_ONLY;
    };
  }

  private void checkYears(KnowsLinkCommand c, List<FieldProblem> problems) {
    int thisYear = LocalDate.now(clock).getYear();
    String range = "Use a year between " + FIRST_YEAR + " and " + thisYear + ".";
    boolean fromOk =
        c.fromYear() == null || (c.fromYear() >= FIRST_YEAR && c.fromYear() <= thisYear);
    boolean toOk = c.toYear() == null || (c.toYear() >= FIRST_YEAR && c.toYear() <= thisYear);
    if (!fromOk) {
      problems.add(new FieldProblem("fromYear", range));
    }
    if (!toOk) {
      problems.add(new FieldProblem("toYear", range));
    }
    if (fromOk && toOk && c.fromYear() != null && c.toYear() != null && c.toYear() < c.fromYear()) {
      problems.add(new FieldProblem("toYear", "The last year is before the first."));
    }
  }
}

package app.rapport.organizations;

import app.rapport.platform.FieldProblem;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.Text;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.db.PageResult;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: the places people work, and the ones the user targets. */
@Service
public class OrganizationService {

  /**
   * Published in the same transaction when an organisation's name or target flag changes: its
   * people's relevance to the user's search may have moved.
   */
  public record OrganizationChanged(long account, long organization) {}

  private final OrganizationRepository organizations;
  private final Rules rules;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  OrganizationService(
      OrganizationRepository organizations,
      Rules rules,
      Clock clock,
      ApplicationEventPublisher events) {
    this.organizations = organizations;
    this.rules = rules;
    this.clock = clock;
    this.events = events;
  }

  public Organization get(long account, long id) {
    return organizations.find(account, id).orElseThrow(() -> OrganizationNotFound.forId(id));
  }

  /** How many organisations the account holds, as their page counts them with no filter. */
  public long count(long account) {
    return organizations.count(account, null, false);
  }

  public PageResult<Organization> list(
      long account, String query, boolean targetsOnly, PageRequest page) {
    String q = Text.trimToNull(query);
    return PageResult.of(
        organizations.list(account, q, targetsOnly, page),
        page,
        () -> organizations.count(account, q, targetsOnly));
  }

  public PageResult<OrganizationMember> members(long account, long organization, PageRequest page) {
    Organization found = get(account, organization);
    return PageResult.of(
        organizations.members(account, organization, page), page, found.peopleCount());
  }

  @Transactional
  public Organization addOrganization(long account, OrganizationCommand command) {
    OrganizationCommand clean = command.normalised();
    Optional<Long> deletedNamesake =
        clean.name().isEmpty()
            ? Optional.empty()
            : organizations
                .findIdByName(account, clean.name())
                .filter(other -> organizations.isDeleted(account, other));
    if (deletedNamesake.isPresent()) {
      rules.check(clean);
      long id = deletedNamesake.get();
      organizations.restore(account, id);
      return editOrganization(account, id, get(account, id).version(), clean);
    }
    rules.check(clean, nameTaken(account, clean.name(), null));
    long id = Ids.next();
    organizations.insert(account, id, clean, clock.instant());
    return get(account, id);
  }

  @Transactional
  public Organization editOrganization(
      long account, long id, int version, OrganizationCommand command) {
    OrganizationCommand clean = command.normalised();
    get(account, id);
    rules.check(clean, nameTaken(account, clean.name(), id));
    Organization before = get(account, id);
    if (!organizations.update(account, id, version, clean, clock.instant())) {
      throw new StaleEdit("organisation");
    }
    if (before.target() != clean.target() || !before.name().equals(clean.name())) {
      events.publishEvent(new OrganizationChanged(account, id));
    }
    return get(account, id);
  }

  @Transactional
  public Organization markTarget(long account, long id, boolean target) {
    if (!organizations.setTarget(account, id, target, clock.instant())) {
      throw OrganizationNotFound.forId(id);
    }
    events.publishEvent(new OrganizationChanged(account, id));
    return get(account, id);
  }

  /**
   * Deletes an organisation nobody works at; it can be brought back with {@link #restore}. One that
   * still has people is refused, so that no person silently loses their organisation.
   */
  @Transactional
  public Organization deleteOrganization(long account, long id) {
    Organization found = get(account, id);
    if (found.peopleCount() > 0) {
      throw InvalidInput.of(
          "organization",
          found.name()
              + " still has "
              + found.peopleCount()
              + (found.peopleCount() == 1 ? " person" : " people")
              + ". Move them to another organisation first.");
    }
    organizations.markDeleted(account, id, clock.instant());
    return found;
  }

  @Transactional
  public void restore(long account, long id) {
    if (!organizations.restore(account, id)) {
      throw OrganizationNotFound.forId(id);
    }
  }

  /**
   * The organisation with this name, created on the spot when the user names a new one (or brought
   * back when it had been deleted). Names match without regard to case or accents.
   */
  @Transactional
  public long resolve(long account, String name) {
    String clean = Text.trimToNull(name);
    if (clean == null) {
      throw new IllegalArgumentException("An organisation needs a name");
    }
    Optional<Long> existing = organizations.findIdByName(account, clean);
    if (existing.isPresent()) {
      organizations.restore(account, existing.get());
      return existing.get();
    }
    long id = Ids.next();
    organizations.insert(
        account, id, new OrganizationCommand(clean, null, null, false, null), clock.instant());
    return id;
  }

  /**
   * {@link #resolve} for many names at once (an import): one query finds those already there
   * (deleted ones are brought back), one batch adds the rest, noting the import that named them.
   *
   * @return the organisation's id by folded name ({@link Text#fold})
   */
  @Transactional
  public Map<String, Long> resolveAll(long account, Collection<String> names, Long importBatch) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String name : names) {
      String clean = Text.trimToNull(name);
      if (clean != null) {
        byKey.putIfAbsent(Text.fold(clean), clean);
      }
    }
    Map<String, Long> ids = new HashMap<>(organizations.idsByKey(account, byKey.keySet()));
    organizations.restoreAll(account, ids.values());
    Map<Long, String> added = new LinkedHashMap<>();
    byKey.forEach(
        (key, name) -> {
          if (!ids.containsKey(key)) {
            long id = Ids.next();
            ids.put(key, id);
            added.put(id, name);
          }
        });
    if (!added.isEmpty()) {
      organizations.insertAll(account, added, importBatch, clock.instant());
    }
    return ids;
  }

  /** Which of these organisations the user marked as targets. */
  public java.util.Set<Long> targetsAmong(long account, Collection<Long> ids) {
    return organizations.targetsAmong(account, ids);
  }

  /**
   * After an import is undone: the organisations it created that nobody works at and the user has
   * not touched go too.
   */
  @Transactional
  public int removeUnusedOfImport(long account, long importBatch) {
    return organizations.deleteUnusedOfImport(account, importBatch);
  }

  private List<FieldProblem> nameTaken(long account, String name, Long self) {
    if (name.isEmpty()) {
      return List.of();
    }
    return organizations
        .findIdByName(account, name)
        .filter(other -> !other.equals(self))
        .map(
            other ->
                List.of(
                    new FieldProblem(
                        "name", "An organisation with this name is already in Rapport.")))
        .orElse(List.of());
  }
}

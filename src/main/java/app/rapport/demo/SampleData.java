package app.rapport.demo;

import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.model.Tier;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.RapportProperties;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.PageRequest;
import app.rapport.profile.ProfileCommand;
import app.rapport.profile.ProfileService;
import app.rapport.profile.SearchProfile;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty account with the sample network: on start with {@code --rapport.demo=true}, or
 * when a newcomer chooses "Try it with sample people". An account that already has people is never
 * touched.
 */
@Service
public class SampleData implements ApplicationRunner {

  static final long SEED = 20181221L;

  /** Where the sample touchpoints say they came from. */
  static final String SOURCE = "sample";

  private static final Logger log = LoggerFactory.getLogger(SampleData.class);

  private final ContactService contacts;
  private final OrganizationService organizations;
  private final TouchpointService touchpoints;
  private final ProfileService profiles;
  private final SampleIntroductions introductions;
  private final CurrentAccount account;
  private final RapportProperties properties;
  private final Clock clock;

  SampleData(
      ContactService contacts,
      OrganizationService organizations,
      TouchpointService touchpoints,
      ProfileService profiles,
      SampleIntroductions introductions,
      CurrentAccount account,
      RapportProperties properties,
      Clock clock) {
    this.contacts = contacts;
    this.organizations = organizations;
    this.touchpoints = touchpoints;
    this.profiles = profiles;
    this.introductions = introductions;
    this.account = account;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (properties.demo() && loadIfEmpty()) {
      log.info("Filled the empty database with the sample network (rapport.demo=true)");
    }
  }

  /** Loads the sample network when the account has nobody yet; answers whether it did. */
  @Transactional
  public boolean loadIfEmpty() {
    long id = account.id();
    if (contacts.list(id, ContactFilter.all(), new PageRequest(0, 1)).total() > 0) {
      return false;
    }
    for (SampleNetwork.SampleOrganization organization : SampleNetwork.ORGANIZATIONS) {
      organizations.addOrganization(id, SampleNetwork.command(organization));
    }
    SampleCareerNetwork.ORGANIZATIONS.forEach(o -> organizations.addOrganization(id, o));
    LocalDate today = LocalDate.now(clock);
    List<Long> people = new ArrayList<>();
    List<Tier> tiers = new ArrayList<>();
    for (SampleNetwork.SamplePerson person :
        SampleNetwork.people(SEED, today, SampleCareerNetwork.NAMES)) {
      people.add(contacts.addContact(id, person.command()).id());
      tiers.add(person.command().tier());
    }
    List<TouchpointCommand> history =
        new ArrayList<>(SampleHistory.touchpoints(SEED, today, people, tiers));
    for (SampleCareerNetwork.Person person : SampleCareerNetwork.people(today)) {
      long contact = contacts.addContact(id, person.command()).id();
      history.addAll(SampleCareerNetwork.touchpoints(person, contact, today));
    }
    touchpoints.recordAll(id, history, SOURCE);
    introductions.load(id, people, today);
    profiles.saveProfile(
        id,
        profiles.get(id).version(),
        new ProfileCommand(
            List.of(SampleCareerNetwork.TARGET_INDUSTRY),
            List.of("Practice Manager", "Hospital Administrator"),
            List.of(),
            true,
            SearchProfile.DEFAULT_WEEKLY_BUDGET,
            SearchProfile.DEFAULT_HORIZON_MONTHS,
            true));
    return true;
  }
}

package app.rapport.demo;

import app.rapport.contacts.ContactFilter;
import app.rapport.contacts.ContactService;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.RapportProperties;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
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

  private static final Logger log = LoggerFactory.getLogger(SampleData.class);

  private final ContactService contacts;
  private final OrganizationService organizations;
  private final CurrentAccount account;
  private final RapportProperties properties;
  private final Clock clock;

  SampleData(
      ContactService contacts,
      OrganizationService organizations,
      CurrentAccount account,
      RapportProperties properties,
      Clock clock) {
    this.contacts = contacts;
    this.organizations = organizations;
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
    for (SampleNetwork.SamplePerson person : SampleNetwork.people(SEED, LocalDate.now(clock))) {
      contacts.addContact(id, person.command());
    }
    return true;
  }
}

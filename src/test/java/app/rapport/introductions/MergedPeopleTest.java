package app.rapport.introductions;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactMerge;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.MergeChoices;
import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.OpportunityCommand;
import app.rapport.opportunities.OpportunityService;
import app.rapport.opportunities.PersonRole;
import app.rapport.opportunities.Stage;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Merging two people carries the merged-away person's introductions, the people they know and the
 * opportunities that name them over to the kept person; undoing the merge takes exactly those back.
 */
class MergedPeopleTest extends DatabaseTestBase {

  @Autowired ContactService contacts;
  @Autowired IntroductionService introductions;
  @Autowired KnowsLinkService knows;
  @Autowired OpportunityService opportunities;

  private Contact person(String name) {
    return contacts.addContact(account.id(), ContactCommand.named(name));
  }

  private Introduction introduction(Contact introducer, Contact introduced) {
    return introductions.recordIntroduction(
        account.id(),
        new IntroductionCommand(
            PersonInput.of(introducer.id()),
            PersonInput.of(introduced.id()),
            clock.today().minusDays(30),
            IntroductionStatus.MADE,
            null,
            null));
  }

  private void knowEachOther(Contact one, Contact two) {
    knows.addKnowsLink(
        account.id(),
        new KnowsLinkCommand(
            PersonInput.of(one.id()),
            PersonInput.of(two.id()),
            KnowsHow.WORKED_TOGETHER,
            true,
            "Fabrikam",
            2012,
            2018,
            null));
  }

  private Opportunity opportunity(String title, Contact... people) {
    return opportunities.addOpportunity(
        account.id(),
        new OpportunityCommand(
            title,
            "Contoso",
            Stage.LEAD,
            null,
            null,
            clock.today(),
            null,
            null,
            null,
            null,
            java.util.Arrays.stream(people)
                .map(
                    p ->
                        new OpportunityCommand.Involvement(
                            PersonInput.of(p.id()), PersonRole.SOURCE))
                .toList()));
  }

  private List<Long> known(Contact person) {
    return knows.of(account.id(), person.id(), new PageRequest(0, 50)).items().stream()
        .map(link -> link.person().contactId() == person.id() ? link.other() : link.person())
        .map(PersonRef::contactId)
        .toList();
  }

  private List<Long> named(Opportunity opportunity) {
    return opportunities.get(account.id(), opportunity.id()).people().stream()
        .map(involved -> involved.person().contactId())
        .toList();
  }

  @Test
  void introductionsLinksAndOpportunitiesFollowTheMergeAndComeBackOnUndo() {
    Contact ana = person("Ana Ruiz");
    Contact other = person("Ana Ruiz-Lopez");
    Contact bob = person("Bob Stone");
    Contact carol = person("Carol Diaz");
    Contact dee = person("Dee Park");
    Introduction toBob = introduction(other, bob);
    Introduction byCarol = introduction(carol, other);
    Introduction between = introduction(ana, other);
    knowEachOther(other, dee);
    knowEachOther(ana, dee);
    Opportunity hers = opportunity("Programme manager", other);
    Opportunity theirs = opportunity("Operations lead", ana, other);

    ContactMerge merge =
        contacts.mergeContacts(account.id(), ana.id(), null, other.id(), MergeChoices.none());

    Introduction movedToBob = introductions.get(account.id(), toBob.id());
    assertThat(movedToBob.introducer().contactId()).isEqualTo(ana.id());
    assertThat(movedToBob.introducer().removed()).isFalse();
    assertThat(introductions.get(account.id(), byCarol.id()).introduced().contactId())
        .isEqualTo(ana.id());
    assertThat(introductions.get(account.id(), between.id()).introduced().contactId())
        .isEqualTo(other.id());
    assertThat(known(ana)).containsExactlyInAnyOrder(bob.id(), carol.id(), dee.id(), other.id());
    assertThat(known(bob)).containsExactly(ana.id());
    assertThat(known(other)).containsExactlyInAnyOrder(dee.id(), ana.id());
    assertThat(named(hers)).containsExactly(ana.id());
    assertThat(named(theirs)).containsExactly(ana.id(), other.id());

    contacts.undoMerge(account.id(), merge.id());

    assertThat(introductions.get(account.id(), toBob.id()).introducer().contactId())
        .isEqualTo(other.id());
    assertThat(introductions.get(account.id(), byCarol.id()).introduced().contactId())
        .isEqualTo(other.id());
    assertThat(known(ana)).containsExactlyInAnyOrder(dee.id(), other.id());
    assertThat(known(other)).containsExactlyInAnyOrder(bob.id(), carol.id(), dee.id(), ana.id());
    assertThat(known(bob)).containsExactly(other.id());
    assertThat(named(hers)).containsExactly(other.id());
    assertThat(named(theirs)).containsExactly(ana.id(), other.id());
  }
}

package app.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.introductions.IntroductionService;
import app.rapport.opportunities.Insights;
import app.rapport.opportunities.Opportunity;
import app.rapport.opportunities.OpportunityService;
import app.rapport.opportunities.Stage;
import app.rapport.platform.db.PageRequest;
import app.rapport.support.DatabaseTestBase;
import app.rapport.warmpaths.WarmPathService;
import app.rapport.warmpaths.WarmPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SampleIntroductionsTest extends DatabaseTestBase {

  @Autowired SampleIntroductions sample;
  @Autowired app.rapport.contacts.ContactService contacts;
  @Autowired IntroductionService introductions;
  @Autowired OpportunityService opportunities;
  @Autowired WarmPathService warmPaths;

  @Test
  void theSampleNetworkHasIntroductionChainsThatLedToInterviews() {
    // the sample network's people, in SampleNetwork's order (tiers aside, which do not matter here)
    java.util.List<Long> people = new java.util.ArrayList<>();
    for (var person :
        SampleNetwork.people(SampleData.SEED, clock.today(), SampleCareerNetwork.NAMES)
            .subList(0, 140)) {
      people.add(contacts.addContact(account.id(), person.command()).id());
    }
    sample.load(account.id(), people, clock.today());

    Opportunity interview =
        opportunities
            .list(account.id(), Stage.INTERVIEWING, null, PageRequest.of(0, 10))
            .items()
            .get(0);
    assertThat(interview.heading()).isEqualTo("Practice Manager, north clinic at Fabrikam Medical");
    assertThat(opportunities.origin(account.id(), interview.id()).steps())
        .extracting(s -> s.person().fullName())
        .hasSize(3)
        .endsWith("Helen Ward", "Marcus Bell");
    assertThat(opportunities.list(account.id(), Stage.OFFER, null, PageRequest.of(0, 10)).total())
        .isEqualTo(1);
    assertThat(introductions.list(account.id(), null, PageRequest.of(0, 10)).total())
        .isGreaterThanOrEqualTo(5);

    Insights insights = opportunities.insights(account.id());
    assertThat(insights.total()).isEqualTo(4);
    assertThat(insights.bySource()).extracting(Insights.Row::key).contains("INTRODUCTION");

    WarmPaths fabrikam = warmPaths.toOrganization(account.id(), "Fabrikam Medical");
    assertThat(fabrikam.paths()).isNotEmpty();
    assertThat(fabrikam.paths().get(0).explanation()).isNotBlank();
  }
}

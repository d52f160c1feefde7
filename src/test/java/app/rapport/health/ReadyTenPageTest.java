package app.rapport.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.rapport.contacts.CareerFacts;
import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactService;
import app.rapport.platform.db.Ids;
import app.rapport.profile.ProfileCommand;
import app.rapport.profile.ProfileService;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.touchpoints.TouchpointService;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class ReadyTenPageTest extends DatabaseTestBase {

  @Autowired HealthService health;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired ProfileService profiles;
  @Autowired MockMvc mvc;

  private Contact person(String name, String industry, String emailLabel) {
    return WarmPeople.add(
        contacts, touchpoints, account.id(), clock.today(), name, industry, emailLabel);
  }

  private void toldWhatIAmLookingFor(Contact who) {
    contacts.editContact(
        account.id(),
        who.id(),
        who.version(),
        who.toCommand()
            .withCareer(new CareerFacts(null, null, false, clock.today(), null, null, false)));
  }

  private void target(boolean careerChanger) {
    profiles.saveProfile(
        account.id(),
        0,
        new ProfileCommand(List.of("Healthcare"), List.of(), List.of(), true, 4, 9, careerChanger));
  }

  private Document page() throws Exception {
    return Html.of(mvc.perform(get("/ready-10")));
  }

  private static Element itemFor(Document page, String selector, String name) {
    return page.select(selector).stream()
        .filter(li -> li.text().contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not listed in " + selector));
  }

  @Test
  void nearMissesAreListedWithWhatTheyLackAndWhy() throws Exception {
    target(true);
    person("Ana Ruiz", "Healthcare", "personal");
    Contact bob = person("Bob Lee", "Healthcare", "work");
    Contact cleo = person("Cleo Park", "Retail", "personal");

    Document page = page();
    assertThat(page.select(".score-number").text()).isEqualTo("1");
    assertThat(page.select(".plan-list .plan-item h3 a").eachText())
        .containsExactlyInAnyOrder("Bob Lee", "Cleo Park");

    Element bobItem = itemFor(page, ".plan-list .plan-item", "Bob Lee");
    assertThat(bobItem.selectFirst("h3 a").attr("href"))
        .isEqualTo("/people/" + Ids.format(bob.id()));
    assertThat(bobItem.selectFirst("p").text())
        .isEqualTo("Missing: not reachable this week on a personal channel.");
    assertThat(bobItem.select("ul li").eachText()).anyMatch(r -> r.startsWith("Only a work"));

    Element cleoItem = itemFor(page, ".plan-list .plan-item", "Cleo Park");
    assertThat(cleoItem.selectFirst("h3 a").attr("href"))
        .isEqualTo("/people/" + Ids.format(cleo.id()));
    assertThat(cleoItem.selectFirst("p").text()).isEqualTo("Missing: not in your target field.");
    assertThat(cleoItem.select("ul li").eachText())
        .anyMatch(r -> r.startsWith("Not in your target field or company"));

    NetworkHealth h = health.networkHealth(account.id());
    for (NetworkHealth.NearMiss miss : h.nearMisses()) {
      assertThat(itemFor(page, ".plan-list .plan-item", miss.fullName()).select("ul li").eachText())
          .containsExactlyElementsOf(miss.reasons());
    }
  }

  @Test
  void theCompositionChecklistSaysWhatTheTenAreMadeOf() throws Exception {
    target(true);
    person("Ana Ruiz", "Healthcare", "personal");
    person("Dan Cole", "Healthcare", "personal");

    Document page = page();
    assertThat(page.select(".score-number").text()).isEqualTo("2");
    List<String> lines = page.select("ul.checklist li").eachText();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .isEqualTo("Not yet: Weak or moderate ties, who hear of what you do not (0 of 5)");
    assertThat(lines.get(1))
        .isEqualTo("Done: Strong ties, who are more likely to speak up for you (2 of 2)");
    assertThat(lines.get(2)).isEqualTo("Done: Dormant ties you have reconnected with (2 of 2)");
    assertThat(lines.get(3))
        .isEqualTo("Not yet: People already working in your new field (2 of 3)");
  }

  @Test
  void theNewFieldLineIsOnlyForSomeoneChangingCareers() throws Exception {
    target(false);
    person("Ana Ruiz", "Healthcare", "personal");
    assertThat(page().select("ul.checklist li").eachText())
        .hasSize(3)
        .noneMatch(line -> line.contains("new field"));
  }

  @Test
  void whoeverKnowsWhatIAmLookingForIsMarkedAsActivated() throws Exception {
    target(true);
    Contact ana = person("Ana Ruiz", "Healthcare", "personal");
    person("Dan Cole", "Healthcare", "personal");
    toldWhatIAmLookingFor(ana);

    Document page = page();
    assertThat(page.select("h2").eachText()).contains("Who counts (2)");
    Element anaItem = itemFor(page, ".people-list li", "Ana Ruiz");
    assertThat(anaItem.select(".tier-badge").text()).isEqualTo("Knows what you are looking for");
    assertThat(anaItem.selectFirst("a.person-name").attr("href"))
        .isEqualTo("/people/" + Ids.format(ana.id()));
    Element danItem = itemFor(page, ".people-list li", "Dan Cole");
    assertThat(danItem.select(".tier-badge").text())
        .isEqualTo("Does not know yet what you are looking for");
    assertThat(health.networkHealth(account.id()).activated()).isEqualTo(1);
  }
}

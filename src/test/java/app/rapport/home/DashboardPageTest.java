package app.rapport.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactCommand;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.EmailAddress;
import app.rapport.health.HealthService;
import app.rapport.model.Channel;
import app.rapport.model.Direction;
import app.rapport.model.Tier;
import app.rapport.profile.ProfileCommand;
import app.rapport.profile.ProfileService;
import app.rapport.support.DatabaseTestBase;
import app.rapport.support.Html;
import app.rapport.touchpoints.Touchpoint;
import app.rapport.touchpoints.TouchpointCommand;
import app.rapport.touchpoints.TouchpointService;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class DashboardPageTest extends DatabaseTestBase {

  @Autowired MockMvc mvc;
  @Autowired ContactService contacts;
  @Autowired TouchpointService touchpoints;
  @Autowired ProfileService profiles;
  @Autowired HealthService health;

  private Contact person(String name, Tier tier) {
    return person(name, tier, null);
  }

  private Contact person(String name, Tier tier, String industry) {
    return contacts.addContact(
        account.id(),
        new ContactCommand(
            name,
            List.of(
                new EmailAddress(
                    name.toLowerCase().replace(' ', '.') + "@mail.example", "personal")),
            List.of(),
            null,
            industry == null ? null : industry + " Org",
            "Manager",
            industry,
            tier,
            List.of(),
            null,
            null,
            clock.today().minusYears(10),
            null));
  }

  private Touchpoint log(LocalDate on, Channel channel, Contact... people) {
    return touchpoints.logTouchpoint(
        account.id(),
        new TouchpointCommand(
            on,
            channel,
            Direction.MUTUAL,
            List.of(people).stream().map(Contact::id).toList(),
            "Touch",
            null,
            null,
            null));
  }

  private LocalDate daysAgo(int days) {
    return clock.today().minusDays(days);
  }

  private static Element table(Document page, String title) {
    Elements figures = page.select("figure.chart");
    for (Element figure : figures) {
      if (figure.select("figcaption").text().equals(title)) {
        return figure.selectFirst("table");
      }
    }
    throw new AssertionError("No chart titled " + title + " on the page");
  }

  private static List<String> headings(Element table) {
    return table.select("thead th").eachText();
  }

  private static List<Long> row(Element tr) {
    return tr.select("td").eachText().stream().map(Long::parseLong).toList();
  }

  private static long columnTotal(Element table, int column) {
    return table.select("tbody tr").stream().mapToLong(tr -> row(tr).get(column)).sum();
  }

  @Test
  void theActivityTableHasAWeekARowAndAddsUpToTheYearsTouchpointsByChannelGroup() throws Exception {
    Contact ana = person("Ana Ruiz", Tier.ACTIVE);
    Contact bob = person("Bob Lee", Tier.NETWORK);
    LocalDate firstMonday = LocalDate.of(2025, 12, 1);

    log(daysAgo(2), Channel.MEAL, ana);
    log(firstMonday, Channel.IN_PERSON, bob);
    log(daysAgo(100), Channel.EVENT, ana, bob);
    log(daysAgo(10), Channel.PHONE, ana);
    log(daysAgo(200), Channel.VIDEO, bob);
    log(daysAgo(3), Channel.EMAIL, bob);
    log(daysAgo(50), Channel.LINKEDIN, ana);
    log(daysAgo(70), Channel.TEXT, ana);
    log(daysAgo(300), Channel.SOCIAL, bob);
    log(daysAgo(20), Channel.LETTER, ana);
    log(daysAgo(150), Channel.OTHER, bob);
    touchpoints.deleteTouchpoint(account.id(), log(daysAgo(5), Channel.PHONE, ana).id());
    log(firstMonday.minusDays(1), Channel.EMAIL, ana);
    log(daysAgo(730), Channel.MEAL, ana);
    Touchpoint call = log(daysAgo(30), Channel.PHONE, bob);
    touchpoints.editTouchpoint(
        account.id(),
        call.id(),
        call.version(),
        new TouchpointCommand(
            daysAgo(30),
            Channel.EMAIL,
            Direction.MUTUAL,
            List.of(bob.id()),
            "Touch",
            null,
            null,
            null));

    Document page = Html.of(mvc.perform(get("/")));
    Element activity = table(page, "Touchpoints per week over the last year");

    assertThat(headings(activity))
        .containsExactly(
            "Week starting", "In person", "Calls", "Messages", "Letters and other", "Total");
    Elements weeks = activity.select("tbody tr");
    assertThat(weeks.size()).isBetween(52, 53);
    assertThat(weeks.first().selectFirst("th").text()).isEqualTo("1 December 2025");
    assertThat(row(weeks.first())).containsExactly(1L, 0L, 0L, 0L, 1L);
    assertThat(weeks.last().selectFirst("th").text()).isEqualTo("23 November 2026");
    assertThat(row(weeks.last())).containsExactly(1L, 0L, 1L, 0L, 2L);

    assertThat(columnTotal(activity, 0)).isEqualTo(3);
    assertThat(columnTotal(activity, 1)).isEqualTo(2);
    assertThat(columnTotal(activity, 2)).isEqualTo(5);
    assertThat(columnTotal(activity, 3)).isEqualTo(2);
    assertThat(columnTotal(activity, 4)).isEqualTo(12);
    for (Element week : weeks) {
      List<Long> values = row(week);
      assertThat(values.get(4)).isEqualTo(values.subList(0, 4).stream().mapToLong(v -> v).sum());
    }
  }

  @Test
  void theWarmthTableCountsEachTiersPeopleByState() throws Exception {
    log(daysAgo(3), Channel.PHONE, person("Inner Warm", Tier.INNER));
    log(daysAgo(20), Channel.PHONE, person("Inner Due", Tier.INNER));
    log(daysAgo(40), Channel.PHONE, person("Inner At Risk", Tier.INNER));
    log(daysAgo(10), Channel.PHONE, person("Close Warm", Tier.CLOSE));
    log(daysAgo(300), Channel.PHONE, person("Close Dormant", Tier.CLOSE));
    log(daysAgo(200), Channel.PHONE, person("Active Due", Tier.ACTIVE));
    log(daysAgo(400), Channel.PHONE, person("Active At Risk", Tier.ACTIVE));
    log(daysAgo(100), Channel.PHONE, person("Network Warm", Tier.NETWORK));
    log(daysAgo(3000), Channel.PHONE, person("Network Dormant", Tier.NETWORK));
    log(daysAgo(3), Channel.PHONE, person("Just An Acquaintance", Tier.ACQUAINTANCE));
    Contact deleted = person("Deleted Active", Tier.ACTIVE);
    log(daysAgo(5), Channel.PHONE, deleted);
    contacts.deleteContact(account.id(), deleted.id());

    Document page = Html.of(mvc.perform(get("/")));
    Element warmth = table(page, "Warmth by tier");

    assertThat(headings(warmth))
        .containsExactly("Tier", "Warm", "Time to reach out", "At risk", "Going dormant", "Total");
    Elements tiers = warmth.select("tbody tr");
    assertThat(tiers.stream().map(tr -> tr.selectFirst("th").text()).toList())
        .containsExactly(
            Tier.INNER.label(), Tier.CLOSE.label(), Tier.ACTIVE.label(), Tier.NETWORK.label());
    assertThat(row(tiers.get(0))).containsExactly(1L, 1L, 1L, 0L, 3L);
    assertThat(row(tiers.get(1))).containsExactly(1L, 0L, 0L, 1L, 2L);
    assertThat(row(tiers.get(2))).containsExactly(0L, 1L, 1L, 0L, 2L);
    assertThat(row(tiers.get(3))).containsExactly(1L, 0L, 0L, 1L, 2L);
  }

  @Test
  void theReadyTenTrendShowsEachWeeksScore() throws Exception {
    clock.setDate(LocalDate.of(2026, 11, 19));
    profiles.saveProfile(
        account.id(), 0, new ProfileCommand(List.of("Healthcare"), List.of(), List.of(), true, 4));
    Contact cleo = person("Cleo Park", Tier.NETWORK, "Retail");
    assertThat(health.trend(account.id(), 26)).hasSize(1);

    clock.reset();
    Contact ana = person("Ana Ruiz", Tier.ACTIVE, "Healthcare");
    for (int month = 0; month < 12; month++) {
      log(daysAgo(5).minusMonths(month), Channel.MEAL, ana);
    }
    log(daysAgo(5), Channel.MEAL, cleo);
    assertThat(health.networkHealth(account.id()).score()).isEqualTo(1);

    Document page = Html.of(mvc.perform(get("/")));
    assertThat(page.select(".score-number").text()).isEqualTo("1");
    Element trend = table(page, "Your Ready-10, week by week");
    assertThat(headings(trend)).containsExactly("Week starting", "People");
    assertThat(trend.select("tbody tr").eachText())
        .containsExactly("16 November 2026 0", "23 November 2026 1");
    assertThat(
            page.select("figure.chart").stream()
                .filter(f -> f.select("figcaption").text().equals("Your Ready-10, week by week"))
                .findFirst()
                .orElseThrow()
                .select("rect.chart-bar"))
        .hasSize(2);
  }

  @Test
  void withoutATargetTheTrendIsLeftOut() throws Exception {
    log(daysAgo(3), Channel.PHONE, person("Ana Ruiz", Tier.ACTIVE, "Healthcare"));
    Document page = Html.of(mvc.perform(get("/")));
    assertThat(page.select("figure.chart figcaption").eachText())
        .containsExactly("Touchpoints per week over the last year", "Warmth by tier");
  }
}

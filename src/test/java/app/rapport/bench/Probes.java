package app.rapport.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * What the benchmark measures over HTTP: one small, declared probe per metric of issue 8. Each
 * probe makes the next request to send; a probe whose first request answers 404 is an endpoint that
 * does not exist yet, and its metric is recorded as skipped, never as a number.
 *
 * <p>To measure a new page or call, add a probe here with its metric's name and target.
 */
final class Probes {

  /** Everything a probe needs to know about the running app and the network in it. */
  record Fixture(
      URI base,
      String token,
      String heavyId,
      List<String> personIds,
      List<String> searchPrefixes,
      String targetOrganization,
      int people,
      LocalDate today,
      SplittableRandom random) {

    HttpRequest.Builder page(String path) {
      return HttpRequest.newBuilder(base.resolve(path)).GET();
    }

    HttpRequest.Builder api(String path) {
      return HttpRequest.newBuilder(base.resolve(path))
          .header("Authorization", "Bearer " + token)
          .header("Accept", "application/json");
    }

    String anyPerson() {
      return personIds.get(random.nextInt(personIds.size()));
    }
  }

  /**
   * A metric and how to exercise it. {@code targetMs} is the p95 issue 8 sets for it (at M and L,
   * on two cores); {@code expected} is the status a successful request answers.
   */
  record Probe(
      String metric,
      String what,
      double targetMs,
      int expected,
      Function<Fixture, HttpRequest> next) {}

  static final int PEOPLE_PAGE_SIZE = 50;

  static List<Probe> all() {
    return List.of(
        new Probe(
            "people_page",
            "GET /people and /people?page=N (any page)",
            20,
            200,
            f -> {
              int pages = Math.max(1, (f.people() + PEOPLE_PAGE_SIZE - 1) / PEOPLE_PAGE_SIZE);
              int page = f.random().nextInt(2) == 0 ? 0 : f.random().nextInt(pages);
              return f.page(page == 0 ? "/people" : "/people?page=" + page).build();
            }),
        new Probe(
            "search",
            "GET /people?q=<2-4 letters> with HX-Request (search as you type)",
            5,
            200,
            f ->
                f.page(
                        "/people?q="
                            + encode(
                                f.searchPrefixes()
                                    .get(f.random().nextInt(f.searchPrefixes().size()))))
                    .header("HX-Request", "true")
                    .build()),
        new Probe(
            "contact_page",
            "GET /people/{id} of the person with 1,000 touchpoints",
            5,
            200,
            f -> f.page("/people/" + f.heavyId()).build()),
        new Probe("today", "GET /today", 20, 200, f -> f.page("/today").build()),
        new Probe(
            "network_health",
            "GET /api/v1/network-health",
            20,
            200,
            f -> f.api("/api/v1/network-health").GET().build()),
        new Probe("dashboard", "GET /", 20, 200, f -> f.page("/").build()),
        new Probe(
            "warm_paths",
            "GET /api/v1/warm-paths?organization=<a target organisation>",
            20,
            200,
            f ->
                f.api("/api/v1/warm-paths?organization=" + encode(f.targetOrganization()))
                    .GET()
                    .build()),
        new Probe(
            "log_touchpoint",
            "POST /api/v1/touchpoints (an email with one person, today)",
            10,
            201,
            f ->
                f.api("/api/v1/touchpoints")
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            """
                            {"occurredOn": "%s", "channel": "EMAIL", "direction": "OUTBOUND",
                             "contactIds": ["%s"], "summary": "Sent the article we talked about"}
                            """
                                .formatted(f.today(), f.anyPerson())))
                    .build()));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private Probes() {}
}

package app.rapport.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the probes' requests one at a time (the machine has two cores, and the server's own time is
 * what is measured), after a few warm-up rounds that let the JIT compile the paths, and collects
 * each response's {@code Server-Timing} and the client's own clock.
 */
final class LoadDriver {

  /** How hard to drive: warm-up rounds of {@code warmup} requests per probe, then {@code timed}. */
  record Plan(int warmupRounds, int warmup, int timed) {}

  /** A probe's outcome: percentiles, or why there are none. */
  record Outcome(
      String metric,
      String skipped,
      String error,
      double[] serverMs,
      double[] clientMs,
      int missingTimings) {

    Map<String, Object> toJson(double targetMs) {
      Map<String, Object> json = new LinkedHashMap<>();
      if (skipped != null) {
        json.put("skipped", skipped);
        return json;
      }
      if (error != null) {
        json.put("error", error);
        return json;
      }
      json.put("p50_ms", round(percentile(serverMs, 50)));
      json.put("p95_ms", round(percentile(serverMs, 95)));
      json.put("p99_ms", round(percentile(serverMs, 99)));
      json.put("max_ms", round(percentile(serverMs, 100)));
      json.put("requests", serverMs.length);
      json.put("target_p95_ms", targetMs);
      json.put("met", percentile(serverMs, 95) <= targetMs);
      json.put(
          "client",
          Map.of(
              "p50_ms", round(percentile(clientMs, 50)),
              "p95_ms", round(percentile(clientMs, 95)),
              "p99_ms", round(percentile(clientMs, 99))));
      if (missingTimings > 0) {
        json.put("responses_without_server_timing", missingTimings);
      }
      return json;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Probes.Fixture fixture;
  private final Plan plan;

  LoadDriver(Probes.Fixture fixture, Plan plan) {
    this.fixture = fixture;
    this.plan = plan;
  }

  /** Runs every probe: each is first checked, then all are warmed up together, then timed. */
  List<Outcome> run(List<Probes.Probe> probes) throws IOException, InterruptedException {
    Map<Probes.Probe, Outcome> unavailable = new LinkedHashMap<>();
    List<Probes.Probe> live = new ArrayList<>();
    for (Probes.Probe probe : probes) {
      HttpResponse<String> first = send(probe.next().apply(fixture));
      if (first.statusCode() == 404) {
        unavailable.put(
            probe, new Outcome(probe.metric(), "endpoint not present", null, null, null, 0));
      } else if (first.statusCode() != probe.expected()) {
        unavailable.put(
            probe,
            new Outcome(
                probe.metric(),
                null,
                "HTTP "
                    + first.statusCode()
                    + " (expected "
                    + probe.expected()
                    + "): "
                    + abbreviate(first.body()),
                null,
                null,
                0));
      } else {
        live.add(probe);
      }
    }
    for (int round = 0; round < plan.warmupRounds(); round++) {
      for (Probes.Probe probe : live) {
        for (int i = 0; i < plan.warmup(); i++) {
          send(probe.next().apply(fixture));
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Probes.Probe probe : probes) {
      if (unavailable.containsKey(probe)) {
        outcomes.add(unavailable.get(probe));
      } else {
        outcomes.add(time(probe));
      }
    }
    return outcomes;
  }

  private Outcome time(Probes.Probe probe) throws IOException, InterruptedException {
    double[] server = new double[plan.timed()];
    double[] client = new double[plan.timed()];
    int missing = 0;
    for (int i = 0; i < plan.timed(); i++) {
      HttpRequest request = probe.next().apply(fixture);
      long start = System.nanoTime();
      HttpResponse<String> response = send(request);
      client[i] = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != probe.expected()) {
        return new Outcome(
            probe.metric(),
            null,
            "HTTP "
                + response.statusCode()
                + " on request "
                + (i + 1)
                + ": "
                + abbreviate(response.body()),
            null,
            null,
            0);
      }
      Optional<Double> timing = serverTiming(response);
      if (timing.isPresent()) {
        server[i] = timing.get();
      } else {
        server[i] = client[i];
        missing++;
      }
    }
    return new Outcome(probe.metric(), null, null, server, client, missing);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The duration in {@code Server-Timing: app;dur=1.234}, in milliseconds. */
  static Optional<Double> serverTiming(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Server-Timing")
        .flatMap(
            value -> {
              int at = value.indexOf("dur=");
              if (at < 0) {
                return Optional.empty();
              }
              int end = at + 4;
              while (end < value.length()
                  && (Character.isDigit(value.charAt(end)) || value.charAt(end) == '.')) {
                end++;
              }
              return Optional.of(Double.parseDouble(value.substring(at + 4, end)));
            });
  }

  /** The nearest-rank percentile: the smallest value with at least p% of values at or below it. */
  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static String abbreviate(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}

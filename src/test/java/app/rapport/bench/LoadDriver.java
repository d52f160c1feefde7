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
      double[] cpuMs,
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
      if (cpuMs != null) {
        json.put(
            "cpu",
            Map.of(
                "p50_ms", round(percentile(cpuMs, 50)),
                "p95_ms", round(percentile(cpuMs, 95)),
                "p99_ms", round(percentile(cpuMs, 99))));
      }
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
            probe, new Outcome(probe.metric(), "endpoint not present", null, null, null, null, 0));
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
    double[] cpu = new double[plan.timed()];
    boolean cpuKnown = true;
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
            null,
            0);
      }
      Optional<Double> cpuTiming = timing(response, "cpu");
      cpuKnown &= cpuTiming.isPresent();
      cpu[i] = cpuTiming.orElse(0.0);
      Optional<Double> timing = serverTiming(response);
      if (timing.isPresent()) {
        server[i] = timing.get();
      } else {
        server[i] = client[i];
        missing++;
      }
    }
    return new Outcome(probe.metric(), null, null, server, client, cpuKnown ? cpu : null, missing);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The duration in {@code Server-Timing: app;dur=1.234}, in milliseconds. */
  static Optional<Double> serverTiming(HttpResponse<?> response) {
    return timing(response, "app");
  }

  /** A metric's duration in {@code Server-Timing: app;dur=1.234, cpu;dur=0.8}, in milliseconds. */
  static Optional<Double> timing(HttpResponse<?> response, String metric) {
    return response
        .headers()
        .firstValue("Server-Timing")
        .flatMap(
            value -> {
              for (String entry : value.split(",")) {
                String[] parts = entry.trim().split(";");
                if (!parts[0].trim().equals(metric)) {
                  continue;
                }
                for (String part : parts) {
                  String p = part.trim();
                  if (p.startsWith("dur=")) {
                    return Optional.of(Double.parseDouble(p.substring(4)));
                  }
                }
              }
              return Optional.empty();
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

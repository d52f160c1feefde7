package app.rapport.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code results.json} and the markdown summary (also printed), plus copies named for the
 * engine and size so that several runs can sit side by side in docs/benchmarks.md.
 */
final class Report {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Report() {}

  static void write(BenchRun.Options options, Map<String, Object> results) throws IOException {
    String json = JSON.writeValueAsString(results);
    String summary = summary(options, results);
    Path out = options.out();
    Files.writeString(out.resolve("results.json"), json, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("summary.md"), summary, StandardCharsets.UTF_8);
    String name = options.size() == null ? "jmh" : options.db() + "-" + options.size().name();
    Files.writeString(out.resolve("results-" + name + ".json"), json, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("summary-" + name + ".md"), summary, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(summary);
    System.out.println("[bench] wrote " + out.resolve("results.json"));
  }

  @SuppressWarnings("unchecked")
  static String summary(BenchRun.Options options, Map<String, Object> results) {
    StringBuilder md = new StringBuilder();
    Map<String, Object> run = (Map<String, Object>) results.get("run");
    Map<String, Object> machine = (Map<String, Object>) run.get("machine");
    if (options.size() != null) {
      Map<String, Object> dataset = (Map<String, Object>) results.get("dataset");
      Map<String, Object> metrics = (Map<String, Object>) results.get("metrics");
      md.append("## Rapport benchmark: size ")
          .append(options.size().name())
          .append(" on ")
          .append(results.get("database"))
          .append("\n\n");
      md.append("Run ")
          .append(run.get("started"))
          .append(" on ")
          .append(machine.get("cores"))
          .append(" cores, ")
          .append(machine.get("memory_mb"))
          .append(" MB, ")
          .append(machine.get("java"))
          .append(" (load average at start ")
          .append(String.format(Locale.ROOT, "%.2f", (Double) machine.get("load_average_at_start")))
          .append("). ");
      md.append("Dataset: ")
          .append(count(dataset.get("people")))
          .append(" people, ")
          .append(count(dataset.get("touchpoints")))
          .append(" touchpoints (")
          .append(count(dataset.get("touchpoint_participants")))
          .append(" with their people), ")
          .append(count(dataset.get("organizations")))
          .append(" organisations, ")
          .append(count(dataset.get("follow_ups")))
          .append(" follow-ups; loaded in ")
          .append(((Map<String, Object>) dataset.get("load_seconds")).get("total_with_boot"))
          .append(" s ")
          .append(dataset.get("load_seconds"))
          .append(".\n\n");
      md.append("Server-side times from `Server-Timing`; ")
          .append(run.get("requests_per_probe"))
          .append(" sequential requests per probe after ")
          .append(run.get("warmup"))
          .append(" of warm-up.");
      if (options.size().people() < NetworkSize.M.people()) {
        md.append(" The targets apply at M and L; at this size they are shown for reference.");
      }
      md.append("\n\n");
      md.append(
          "| metric | p50 ms | p95 ms | p99 ms | client p95 ms | CPU p50 / p95 ms | target | met |\n");
      md.append("|---|---:|---:|---:|---:|---:|---|---|\n");
      for (Probes.Probe probe : Probes.all()) {
        Map<String, Object> m = (Map<String, Object>) metrics.get(probe.metric());
        String target = "p95 ≤ " + fmt(probe.targetMs()) + " ms";
        if (m == null) {
          continue;
        }
        if (m.containsKey("skipped") || m.containsKey("error")) {
          md.append("| ")
              .append(probe.metric())
              .append(" | ")
              .append(m.containsKey("skipped") ? "skipped: " + m.get("skipped") : "**error**")
              .append(" | | | | | ")
              .append(target)
              .append(" | ")
              .append(m.containsKey("error") ? m.get("error") : "–")
              .append(" |\n");
          continue;
        }
        Map<String, Object> client = (Map<String, Object>) m.get("client");
        md.append("| ")
            .append(probe.metric())
            .append(" | ")
            .append(fmt(m.get("p50_ms")))
            .append(" | ")
            .append(fmt(m.get("p95_ms")))
            .append(" | ")
            .append(fmt(m.get("p99_ms")))
            .append(" | ")
            .append(fmt(client.get("p95_ms")))
            .append(" | ")
            .append(cpu(m))
            .append(" | ")
            .append(target)
            .append(" | ")
            .append(Boolean.TRUE.equals(m.get("met")) ? "yes" : "**no**")
            .append(" |\n");
      }
      Map<String, Object> imported = (Map<String, Object>) metrics.get("import_linkedin");
      if (imported != null) {
        md.append("| import_linkedin | ");
        if (imported.containsKey("seconds")) {
          md.append(count(imported.get("rows")))
              .append(" rows in ")
              .append(fmt(imported.get("seconds")))
              .append(" s; floor ")
              .append(fmt(imported.get("floor_seconds")))
              .append(" s; ratio ")
              .append(fmt(imported.get("ratio")))
              .append(
                  imported.containsKey("undo_seconds")
                      ? "; then possible duplicates listed in "
                          + fmt(imported.get("duplicates_seconds"))
                          + " s, the import undone in "
                          + fmt(imported.get("undo_seconds"))
                          + " s"
                      : "")
              .append(" | | | | | ratio ≤ 2.0 | ")
              .append(Boolean.TRUE.equals(imported.get("met")) ? "yes" : "**no**");
        } else {
          md.append(
                  imported.containsKey("skipped")
                      ? "skipped: " + imported.get("skipped")
                      : "**error**: " + imported.get("error"))
              .append(" (floor for ")
              .append(count(imported.get("rows")))
              .append(" rows: ")
              .append(fmt(imported.get("floor_seconds")))
              .append(" s) | | | | | ratio ≤ 2.0 | –");
        }
        md.append(" |\n");
      }
      startupRow(md, metrics, "startup_s", "startup_cpu_s", "");
      if (metrics.containsKey("startup_launcher_s")) {
        startupRow(
            md,
            metrics,
            "startup_launcher_s",
            "startup_launcher_cpu_s",
            " with `./rapport`; its first start "
                + fmt(metrics.get("startup_launcher_first_s"))
                + " s");
      }
      if (metrics.containsKey("heap_max_mb")) {
        double heap = ((Number) metrics.get("heap_max_mb")).doubleValue();
        Map<String, Object> detail = (Map<String, Object>) metrics.get("heap");
        md.append("| heap_max_mb | ")
            .append(fmt(heap))
            .append(" MB (live after GC ≤ ")
            .append(fmt(detail.get("max_live_after_gc_mb")))
            .append(" MB) | | | | | ≤ 256 MB (-Xmx256m) | ")
            .append(heap <= 256 ? "yes" : "**no**")
            .append(" |\n");
      }
      if (metrics.containsKey("rss_peak_mb") && metrics.containsKey("rss_at_end")) {
        Map<String, Object> end = (Map<String, Object>) metrics.get("rss_at_end");
        md.append("| rss_peak_mb | ")
            .append(fmt(metrics.get("rss_peak_mb")))
            .append(" MB in RAM at most; at the end ")
            .append(fmt(end.get("anonymous_mb")))
            .append(" MB of its own and ")
            .append(fmt(end.get("file_mb")))
            .append(" MB of mapped files | | | | | | |\n");
      }
      md.append("\n");
    }
    Map<String, Object> jmh = (Map<String, Object>) results.get("jmh");
    if (jmh != null) {
      md.append("### JMH: the model\n\n| benchmark | score | ± | unit |\n|---|---:|---:|---|\n");
      jmh.forEach(
          (name, value) -> {
            Map<String, Object> v = (Map<String, Object>) value;
            md.append("| ")
                .append(name)
                .append(" | ")
                .append(fmt(v.get("score")))
                .append(" | ")
                .append(fmt(v.get("error")))
                .append(" | ")
                .append(v.get("unit"))
                .append(" |\n");
          });
      md.append("\n");
    }
    return md.toString();
  }

  @SuppressWarnings("unchecked")
  private static String cpu(Map<String, Object> metric) {
    Map<String, Object> cpu = (Map<String, Object>) metric.get("cpu");
    return cpu == null ? "" : fmt(cpu.get("p50_ms")) + " / " + fmt(cpu.get("p95_ms"));
  }

  /** A start-up row: seconds to healthy, the CPU it took, and the 4 s target. */
  private static void startupRow(
      StringBuilder md, Map<String, Object> metrics, String key, String cpuKey, String note) {
    if (!metrics.containsKey(key)) {
      return;
    }
    double startup = ((Number) metrics.get(key)).doubleValue();
    Object cpu = metrics.get(cpuKey);
    md.append("| ")
        .append(key)
        .append(" | ")
        .append(fmt(startup))
        .append(" s")
        .append(cpu == null ? "" : " (" + fmt(cpu) + " s of CPU)")
        .append(note)
        .append(" | | | | | ≤ 4 s | ")
        .append(startup <= 4 ? "yes" : "**no**")
        .append(" |\n");
  }

  private static String fmt(Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d >= 100
          ? String.format(Locale.ROOT, "%.0f", d)
          : String.format(Locale.ROOT, "%.2f", d);
    }
    return String.valueOf(value);
  }

  private static String count(Object value) {
    return value instanceof Number n ? String.format(Locale.ROOT, "%,d", n.longValue()) : "?";
  }
}

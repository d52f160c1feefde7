package app.rapport.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.platform.security.ApiTokenStore;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Checks on the checks: axe-core can fail a page, and pages run under the real CSP. */
class PageSafetyTest extends BrowserTestBase {

  @Autowired ApiTokenStore tokens;

  @Test
  void theAccessibilityCheckFailsOnAnInaccessiblePage() {
    page.setContent(
        "<!DOCTYPE html><html><head><title>Bad</title></head>"
            + "<body><main><img src='x.png'><input type='text'></main></body></html>");
    assertThatThrownBy(this::checkAccessibility)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("image-alt");
  }

  @Test
  void pagesWorkUnderTheirContentSecurityPolicy() {
    BrowserContext strict =
        page.context().browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()));
    try {
      Page strictPage = strict.newPage();
      List<String> problems = new ArrayList<>();
      strictPage.onConsoleMessage(
          message -> {
            if ("error".equals(message.type())) {
              problems.add(message.text());
            }
          });
      strictPage.onPageError(problems::add);
      for (String path : List.of("/", "/people", "/people/new", "/organizations", "/settings")) {
        strictPage.navigate(path);
        strictPage.waitForLoadState();
      }
      strictPage.navigate("/people");
      strictPage.getByLabel("Search people").fill("nobody");
      com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
              strictPage.locator(".result-count"))
          .hasText("Nobody found");
      assertThat(strictPage.evaluate("() => typeof htmx")).isEqualTo("object");
      assertThat(problems).isEmpty();
    } finally {
      strict.close();
    }
  }

  @Test
  void anAddressThatCannotBeDecodedIsRefusedInPlainWords() throws Exception {
    com.microsoft.playwright.Response response = page.navigate("/people?q=%");
    assertThat(response.status()).isEqualTo(400);
    assertThat(page.locator("h1").textContent()).isEqualTo("That address is not written correctly");
    assertThat(page.locator("main").textContent()).contains("write %25 for % itself");
    checkAccessibility();

    // sent as written: Java's HTTP client refuses to build such an address
    String api;
    try (Socket socket = new Socket("localhost", port)) {
      socket
          .getOutputStream()
          .write(
              ("GET /api/v1/contacts?q=%ZZ HTTP/1.1\r\nHost: localhost\r\n"
                      + "Authorization: Bearer "
                      + tokens.current()
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      api = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(api)
        .startsWith("HTTP/1.1 400")
        .contains("Content-Type: application/problem+json")
        .contains("\"field\":\"q\"")
        .contains("two hexadecimal digits");
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithTheLimitStated() throws Exception {
    String boundary = "rapport-limit";
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\nFirst Name,Last Name\r\n";
    String answer;
    try (Socket socket = new Socket("localhost", port)) {
      socket
          .getOutputStream()
          .write(
              ("POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\n"
                      + "Authorization: Bearer "
                      + tokens.current()
                      + "\r\nContent-Type: multipart/form-data; boundary="
                      + boundary
                      + "\r\nContent-Length: "
                      + (110L * 1024 * 1024)
                      + "\r\nConnection: close\r\n\r\n"
                      + head)
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      // the rest of the body, sent while the answer is read; the server stops reading early
      Thread rest =
          new Thread(
              () -> {
                byte[] chunk = new byte[1 << 16];
                java.util.Arrays.fill(chunk, (byte) 'a');
                try {
                  for (long sent = 0; sent < 110L * 1024 * 1024; sent += chunk.length) {
                    socket.getOutputStream().write(chunk);
                  }
                } catch (java.io.IOException closedByTheServer) {
                  // expected once the server has answered
                }
              });
      rest.setDaemon(true);
      rest.start();
      socket.setSoTimeout(60_000);
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(answer)
        .startsWith("HTTP/1.1 413")
        .contains("Content-Type: application/problem+json")
        .contains("Files up to 100 MB can be sent");
  }

  @Test
  void requestsRefusedBeforeAnyControllerAreExplainedForWhoeverSentThem() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    String token = "Bearer " + tokens.current();
    java.net.http.HttpResponse<String> wrongType =
        client.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(baseUrl() + "/api/v1/contacts"))
                .header("Authorization", token)
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(wrongType.body())
        .contains("application/json")
        .contains("\"instance\":\"/api/v1/contacts\"")
        .doesNotContain("try again");

    java.net.http.HttpResponse<String> nowhere =
        client.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/v1/nowhere"))
                .header("Authorization", token)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(nowhere.body()).contains("/api/v1/").doesNotContain("menu");

    com.microsoft.playwright.Response buttonAddress = page.navigate("/demo");
    assertThat(buttonAddress.status()).isEqualTo(405);
    assertThat(page.locator("h1").textContent()).isEqualTo("There is no page at this address");
    checkAccessibility();
  }
}

package app.rapport.platform.security;

import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers for requests stopped before they reach a controller, in the API's problem format. */
final class ProblemResponses {

  private ProblemResponses() {}

  static AuthenticationEntryPoint unauthorized() {
    return (request, response, exception) -> {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"status\":401,\"title\":\"Unauthorized\","
                  + "\"detail\":\"Send the API token as 'Authorization: Bearer <token>'. "
                  + "Settings shows it; it is also in the file api-token in the data directory.\","
                  + "\"instance\":\""
                  + request.getRequestURI().replace("\"", "")
                  + "\"}");
    };
  }
}

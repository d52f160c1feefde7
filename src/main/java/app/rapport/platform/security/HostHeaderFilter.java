package app.rapport.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose {@code Host} is not this machine. A web page on another site can point a
 * DNS name it controls at 127.0.0.1 ("DNS rebinding") and then read Rapport's pages as if they were
 * its own; checking the Host header stops that, because the browser still sends the attacker's
 * name.
 */
class HostHeaderFilter extends OncePerRequestFilter {

  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final Set<String> allowed = new HashSet<>(LOOPBACK);

  HostHeaderFilter(List<String> extraHosts) {
    extraHosts.forEach(host -> allowed.add(host.toLowerCase(Locale.ROOT)));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (allowed.contains(hostName(request.getServerName()))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            "Rapport answers only requests addressed to this computer (localhost). "
                + "To reach it under another name, add that name to rapport.allowed-hosts.\n");
  }

  /** The host name the request was addressed to (the servlet container reads it from Host). */
  static String hostName(String serverName) {
    if (serverName == null) {
      return "";
    }
    String host = serverName.trim().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    if (colon >= 0 && host.indexOf(':', colon + 1) < 0) {
      return host.substring(0, colon);
    }
    return host;
  }
}

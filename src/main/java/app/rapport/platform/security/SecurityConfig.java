package app.rapport.platform.security;

import app.rapport.platform.RapportProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Local mode's guards. The app listens on 127.0.0.1 only ({@code server.address}), refuses requests
 * addressed to any other host name, protects every form with a CSRF token, forbids inline scripts
 * with a Content-Security-Policy, and lets the JSON API in only with the API token. Only a web
 * application has them: the benchmark's loader boots the app without its web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
          + "frame-ancestors 'none'; form-action 'self'";

  @Bean
  FilterRegistrationBean<HostHeaderFilter> hostHeaderFilter(RapportProperties properties) {
    var registration =
        new FilterRegistrationBean<>(new HostHeaderFilter(properties.allowedHosts()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** There are no passwords in local mode; this keeps Spring from inventing one. */
  @Bean
  UserDetailsService noUsers() {
    return new InMemoryUserDetailsManager();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiTokenStore tokens) throws Exception {
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(new ApiTokenFilter(tokens), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("API"))
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized()))
        .headers(this::headers);
    return http.build();
  }

  /**
   * Secret links: the calendar feed and the weekly email's unsubscribe link. The token in the
   * address is the credential (calendar apps and mail programs send no cookie, no CSRF token and no
   * API token), so these need neither, and create no session. The Host check still applies.
   */
  @Bean
  @Order(0)
  SecurityFilterChain secretLinks(HttpSecurity http) throws Exception {
    http.securityMatcher("/calendar/**", "/digest/unsubscribe/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .requestCache(cache -> cache.disable())
        .headers(this::headers);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
        .headers(this::headers)
        .requestCache(cache -> cache.disable());
    return http.build();
  }

  /**
   * The CSRF token lives in a cookie of its own (compared with the one each form sends), not in the
   * server's session: a form left open for an afternoon, or across a restart of Rapport, still
   * saves. The cookie is HttpOnly and SameSite=Strict, so no other site can send or read it.
   */
  static CookieCsrfTokenRepository csrfTokens() {
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setCookieName("rapport-form-key");
    tokens.setHeaderName("X-CSRF-TOKEN");
    tokens.setParameterName("_csrf");
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict").path("/").httpOnly(true));
    return tokens;
  }

  private void headers(
      org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
          headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .frameOptions(frame -> frame.deny())
        .permissionsPolicyHeader(
            permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
  }
}

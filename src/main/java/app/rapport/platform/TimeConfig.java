package app.rapport.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every feature asks for the time, so tests can fix "today". Instants are stored in
 * UTC whatever the zone; the zone is this computer's, so that "today" is the user's today.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}

package app.rapport.platform;

import app.rapport.model.Closeness;
import app.rapport.model.DoorOpening;
import app.rapport.model.Goals;
import app.rapport.model.LatentTrust;
import app.rapport.model.ModelParameters;
import app.rapport.model.Ready10;
import app.rapport.model.Reconnect;
import app.rapport.model.Warmth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The research model's functions as beans, all sharing one set of parameters ({@link
 * ModelParameters#defaults()}, each with its source), so every feature gives the same advice.
 */
@Configuration(proxyBeanMethods = false)
class ModelConfig {

  @Bean
  ModelParameters modelParameters() {
    return ModelParameters.defaults();
  }

  @Bean
  Warmth warmth(ModelParameters parameters) {
    return new Warmth(parameters);
  }

  @Bean
  Closeness closeness(ModelParameters parameters) {
    return new Closeness(parameters);
  }

  @Bean
  LatentTrust latentTrust(ModelParameters parameters) {
    return new LatentTrust(parameters);
  }

  @Bean
  DoorOpening doorOpening(ModelParameters parameters) {
    return new DoorOpening(parameters);
  }

  @Bean
  Reconnect reconnect(ModelParameters parameters) {
    return new Reconnect(parameters);
  }

  @Bean
  Ready10 ready10(ModelParameters parameters) {
    return new Ready10(parameters);
  }

  @Bean
  Goals goals(ModelParameters parameters) {
    return new Goals(parameters);
  }
}

package app.rapport.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link SentForms} for the pages; the JSON API has no forms. */
@Configuration(proxyBeanMethods = false)
class SentFormsConfig implements WebMvcConfigurer {

  private final SentForms sentForms = new SentForms();

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(sentForms).excludePathPatterns("/api/**");
  }
}

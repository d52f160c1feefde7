package app.rapport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape STYLE.md asks for, checked on every build: one package per feature, repositories hidden
 * inside their feature, handlers that go through services, a pure model, and a platform that knows
 * no feature.
 */
class ArchitectureTest {

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("app.rapport");

  static final ArchRule REPOSITORIES_ARE_PACKAGE_PRIVATE =
      classes()
          .that()
          .areAnnotatedWith(Repository.class)
          .or()
          .haveSimpleNameEndingWith("Repository")
          .should()
          .notBePublic()
          .because("a feature's SQL is its own business; other features call its service");

  static final ArchRule NO_LAYER_PACKAGES =
      noClasses()
          .should()
          .resideInAnyPackage(
              "..controller..",
              "..controllers..",
              "..service..",
              "..services..",
              "..repository..",
              "..repositories..")
          .because("code is organised by feature, not by layer");

  static final ArchRule HANDLERS_DO_NOT_CALL_REPOSITORIES =
      noClasses()
          .that()
          .areAnnotatedWith(Controller.class)
          .or()
          .areAnnotatedWith(RestController.class)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Repository.class)
          .because("a handler parses, validates and chooses a view; a service owns the work");

  static final ArchRule THE_MODEL_IS_PURE =
      classes()
          .that()
          .resideInAPackage("app.rapport.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "app.rapport.model..", "java.lang..", "java.util..", "java.time..", "java.math..")
          .because("the research model is plain Java: no Spring, no SQL, time passed in");

  static final ArchRule THE_PLATFORM_KNOWS_NO_FEATURE =
      noClasses()
          .that()
          .resideInAPackage("app.rapport.platform..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "app.rapport.platform..",
              "app.rapport.model..",
              "java..",
              "javax..",
              "jakarta..",
              "org.springframework..",
              "org.slf4j..",
              "com.zaxxer..",
              // the SQLite driver, whose result sets platform.db reads dates from as bytes
              "org.sqlite..",
              // the servlet container's refusal of a query string it cannot decode
              "org.apache.tomcat.util.http..",
              "com.github.f4b6a3..",
              "io.github.wimdeblauwe..",
              "tools.jackson..")
          .because(
              "features build on the platform (and the pure model), never the other way round");

  /**
   * The core of each feature (its top-level package: service, repository, records) depends on
   * others without a cycle. Handlers in a feature's {@code web} package compose pages from several
   * features' services, so they are left out of this rule.
   */
  static final ArchRule FEATURES_HAVE_NO_CYCLES =
      slices().matching("app.rapport.(*)").should().beFreeOfCycles();

  @Test
  void repositoriesArePackagePrivate() {
    REPOSITORIES_ARE_PACKAGE_PRIVATE.check(APP);
  }

  @Test
  void codeIsOrganisedByFeature() {
    NO_LAYER_PACKAGES.check(APP);
  }

  @Test
  void handlersGoThroughServices() {
    HANDLERS_DO_NOT_CALL_REPOSITORIES.check(APP);
  }

  @Test
  void theModelIsPure() {
    THE_MODEL_IS_PURE.check(APP);
  }

  @Test
  void thePlatformKnowsNoFeature() {
    THE_PLATFORM_KNOWS_NO_FEATURE.check(APP);
  }

  @Test
  void featuresDoNotDependOnEachOtherInACircle() {
    FEATURES_HAVE_NO_CYCLES.check(APP);
  }

  /** A rule that cannot fail proves nothing: this one is shown failing on a planted violation. */
  @Test
  void canaryTheRepositoryRuleCatchesAPublicRepository() {
    JavaClasses canary = new ClassFileImporter().importPackages("app.rapport.architecture.canary");
    EvaluationResult result = REPOSITORIES_ARE_PACKAGE_PRIVATE.evaluate(canary);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(detail -> assertThat(detail).contains("PublicCanaryRepository"));
  }
}

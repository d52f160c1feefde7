package app.rapport.architecture.canary;

import org.springframework.stereotype.Repository;

/**
 * Breaks the package-private repository rule on purpose, so that {@code ArchitectureTest} can show
 * the rule is able to fail. It lives in test sources and is never part of the application.
 */
@Repository
public class PublicCanaryRepository {}

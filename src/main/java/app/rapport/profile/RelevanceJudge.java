package app.rapport.profile;

import app.rapport.model.Relevance;
import app.rapport.platform.Text;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges how a person relates to what the user is looking for (§9.5 Relevance): in the target field
 * or company, in a role at or above the target role, able to hire or refer. Text is compared folded
 * (case and accents ignored), and a target matches when all its words appear in the person's field.
 */
public final class RelevanceJudge {

  private final List<List<String>> industries;
  private final List<List<String>> roles;
  private final List<List<String>> companies;

  /**
   * Whether each organisation, industry and title judged so far matches the targets, one map per
   * kind of target: a plan weighs hundreds of people who share a few dozen of them, and folding
   * text is the costly part. A judge serves one plan on one thread, so plain maps do.
   */
  private final Map<List<List<String>>, Map<String, Boolean>> matched =
      new java.util.IdentityHashMap<>();

  public RelevanceJudge(SearchProfile profile) {
    this.industries = words(profile.targetIndustries());
    this.roles = words(profile.targetRoles());
    this.companies = words(profile.targetCompanies());
  }

  /**
   * In the target field: the organisation is a target, or the industry or function matches a target
   * industry. At or above the target role: their seniority says so, or (when it is not known) their
   * title is one of the target roles.
   */
  public Relevance judge(PersonFacts person) {
    boolean inTarget =
        person.organizationIsTarget()
            || matches(companies, person.organization())
            || matches(industries, person.industry())
            || matches(industries, person.jobFunction());
    return new Relevance(
        inTarget,
        atOrAboveTargetRole(person.seniorityAtOrAbove(), person.title()),
        person.canHireOrRefer());
  }

  /**
   * At or above the target role: their seniority says so, or (when it is not known) their title is
   * one of the target roles.
   */
  public boolean atOrAboveTargetRole(Boolean seniorityAtOrAbove, String title) {
    return seniorityAtOrAbove != null ? seniorityAtOrAbove : matches(roles, title);
  }

  /** What made a person relevant, in a few words, or null when nothing did. */
  public String why(PersonFacts person) {
    if (person.organizationIsTarget() || matches(companies, person.organization())) {
      return "works at " + person.organization() + ", one of your targets";
    }
    if (matches(industries, person.industry())) {
      return "works in " + person.industry().toLowerCase(java.util.Locale.ROOT);
    }
    if (matches(industries, person.jobFunction())) {
      return "works in " + person.jobFunction().toLowerCase(java.util.Locale.ROOT);
    }
    if (matches(roles, person.title())) {
      return "is a " + person.title();
    }
    return null;
  }

  private boolean matches(List<List<String>> targets, String value) {
    if (value == null || targets.isEmpty()) {
      return false;
    }
    return matched
        .computeIfAbsent(targets, t -> new HashMap<>())
        .computeIfAbsent(
            value,
            v -> {
              List<String> have = Arrays.asList(Text.words(v).split(" "));
              return targets.stream()
                  .anyMatch(target -> !target.isEmpty() && have.containsAll(target));
            });
  }

  private static List<List<String>> words(List<String> targets) {
    return targets.stream()
        .map(Text::words)
        .filter(w -> !w.isEmpty())
        .map(w -> Arrays.asList(w.split(" ")))
        .toList();
  }
}

package app.rapport.profile;

import app.rapport.platform.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What saving the search profile takes. */
public record ProfileCommand(
    @Size(max = 20, message = "List at most {max} industries.")
        List<@NotBlank @Size(max = 100, message = "Use at most {max} characters.") String>
            targetIndustries,
    @Size(max = 20, message = "List at most {max} roles.")
        List<@NotBlank @Size(max = 100, message = "Use at most {max} characters.") String>
            targetRoles,
    @Size(max = 50, message = "List at most {max} organisations.")
        List<@NotBlank @Size(max = 200, message = "Use at most {max} characters.") String>
            targetCompanies,
    boolean activelySearching,
    @Min(value = 1, message = "Plan at least {value} reach-out a week.")
        @Max(
            value = 20,
            message = "Plan at most {value} reach-outs a week; a short list gets done.")
        int weeklyBudget,
    @Min(value = 1, message = "Plan for at least {value} month.")
        @Max(value = 36, message = "Plan for at most {value} months.")
        int horizonMonths,
    boolean careerChanger) {

  /** A profile with the default horizon, for someone changing careers. */
  public ProfileCommand(
      List<String> targetIndustries,
      List<String> targetRoles,
      List<String> targetCompanies,
      boolean activelySearching,
      int weeklyBudget) {
    this(
        targetIndustries,
        targetRoles,
        targetCompanies,
        activelySearching,
        weeklyBudget,
        SearchProfile.DEFAULT_HORIZON_MONTHS,
        true);
  }

  public ProfileCommand normalised() {
    return new ProfileCommand(
        clean(targetIndustries),
        clean(targetRoles),
        clean(targetCompanies),
        activelySearching,
        weeklyBudget,
        horizonMonths,
        careerChanger);
  }

  private static List<String> clean(List<String> values) {
    Map<String, String> unique = new LinkedHashMap<>();
    if (values != null) {
      for (String value : values) {
        String trimmed = Text.trimToNull(value);
        if (trimmed != null) {
          unique.putIfAbsent(Text.fold(trimmed), trimmed);
        }
      }
    }
    return List.copyOf(unique.values());
  }
}

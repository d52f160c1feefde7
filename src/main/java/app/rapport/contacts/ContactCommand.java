package app.rapport.contacts;

import app.rapport.model.Tier;
import app.rapport.platform.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What adding or editing a person takes. Pages, the API and imports all build one of these, so a
 * person is checked by the same rules however they arrive.
 */
public record ContactCommand(
    @NotBlank(message = "Please enter a name.")
        @Size(max = 200, message = "A name has at most {max} characters.")
        String fullName,
    @Size(max = 10, message = "A person can have at most {max} email addresses.")
        List<@Valid EmailAddress> emails,
    @Size(max = 10, message = "A person can have at most {max} phone numbers.")
        List<@Valid PhoneNumber> phones,
    @Size(max = 500, message = "A web address has at most {max} characters.")
        @Pattern(
            regexp = "^https?://[^\\s/$.?#][^\\s]*$",
            message =
                "Enter the whole address of the profile, such as https://www.linkedin.com/in/ana-ruiz.")
        String linkedinUrl,
    @Size(max = 200, message = "An organisation's name has at most {max} characters.")
        String company,
    @Size(max = 200, message = "A role has at most {max} characters.") String title,
    @Size(max = 100, message = "An industry has at most {max} characters.") String industry,
    @NotNull(message = "Choose how close you keep this person.") Tier tier,
    @Size(max = 30, message = "A person can have at most {max} tags.")
        List<
                @NotBlank(message = "A tag cannot be empty.")
                @Size(max = 50, message = "A tag has at most {max} characters.") String>
            tags,
    @Size(max = 20000, message = "Notes have at most {max} characters.") String notes,
    @Size(max = 2000, message = "Use at most {max} characters.") String howWeMet,
    LocalDate knownSince,
    @Min(value = 1, message = "Reach out at most once a day: use a number of days of at least 1.")
        @Max(
            value = 3650,
            message = "Reach out at least once in ten years: use at most {max} days.")
        Integer cadenceDays,
    @Valid CareerFacts career,
    Birthday birthday) {

  public ContactCommand {
    emails = emails == null ? List.of() : List.copyOf(emails);
    phones = phones == null ? List.of() : List.copyOf(phones);
    // a null tag stays, so that validation names it ("tags[0]") instead of failing here
    tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
    career = career == null ? CareerFacts.none() : career;
  }

  /** A person without the career facts, which can be filled in later. */
  public ContactCommand(
      String fullName,
      List<EmailAddress> emails,
      List<PhoneNumber> phones,
      String linkedinUrl,
      String company,
      String title,
      String industry,
      Tier tier,
      List<String> tags,
      String notes,
      String howWeMet,
      LocalDate knownSince,
      Integer cadenceDays) {
    this(
        fullName,
        emails,
        phones,
        linkedinUrl,
        company,
        title,
        industry,
        tier,
        tags,
        notes,
        howWeMet,
        knownSince,
        cadenceDays,
        CareerFacts.none(),
        null);
  }

  /** A person with career facts, without a birthday. */
  public ContactCommand(
      String fullName,
      List<EmailAddress> emails,
      List<PhoneNumber> phones,
      String linkedinUrl,
      String company,
      String title,
      String industry,
      Tier tier,
      List<String> tags,
      String notes,
      String howWeMet,
      LocalDate knownSince,
      Integer cadenceDays,
      CareerFacts career) {
    this(
        fullName,
        emails,
        phones,
        linkedinUrl,
        company,
        title,
        industry,
        tier,
        tags,
        notes,
        howWeMet,
        knownSince,
        cadenceDays,
        career,
        null);
  }

  public ContactCommand withCareer(CareerFacts facts) {
    return new ContactCommand(
        fullName,
        emails,
        phones,
        linkedinUrl,
        company,
        title,
        industry,
        tier,
        tags,
        notes,
        howWeMet,
        knownSince,
        cadenceDays,
        facts,
        birthday);
  }

  public ContactCommand withBirthday(Birthday day) {
    return new ContactCommand(
        fullName,
        emails,
        phones,
        linkedinUrl,
        company,
        title,
        industry,
        tier,
        tags,
        notes,
        howWeMet,
        knownSince,
        cadenceDays,
        career,
        day);
  }

  public ContactCommand withPhones(List<PhoneNumber> replaced) {
    return new ContactCommand(
        fullName,
        emails,
        replaced,
        linkedinUrl,
        company,
        title,
        industry,
        tier,
        tags,
        notes,
        howWeMet,
        knownSince,
        cadenceDays,
        career,
        birthday);
  }

  /** A command with only a name, in the default tier; the rest can be filled in later. */
  public static ContactCommand named(String fullName) {
    return new ContactCommand(
        fullName,
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        Tier.NETWORK,
        List.of(),
        null,
        null,
        null,
        null);
  }

  /**
   * The same command tidied: text trimmed (blank becomes absent), empty email and phone rows
   * dropped, tags without repeats, and a profile address without its scheme given one.
   */
  public ContactCommand normalised() {
    List<EmailAddress> cleanEmails = new ArrayList<>();
    for (EmailAddress email : emails) {
      if (email != null && Text.trimToNull(email.value()) != null) {
        cleanEmails.add(new EmailAddress(email.value().strip(), Text.trimToNull(email.label())));
      }
    }
    List<PhoneNumber> cleanPhones = new ArrayList<>();
    for (PhoneNumber phone : phones) {
      if (phone != null && Text.trimToNull(phone.value()) != null) {
        cleanPhones.add(PhoneNumber.of(phone.value().strip(), Text.trimToNull(phone.label())));
      }
    }
    Map<String, String> uniqueTags = new LinkedHashMap<>();
    for (String tag : tags) {
      String clean = Text.trimToNull(tag);
      if (clean != null) {
        uniqueTags.putIfAbsent(Text.fold(clean), clean);
      }
    }
    return new ContactCommand(
        Objects.requireNonNullElse(Text.trimToNull(fullName), ""),
        cleanEmails,
        cleanPhones,
        withScheme(Text.trimToNull(linkedinUrl)),
        Text.trimToNull(company),
        Text.trimToNull(title),
        Text.trimToNull(industry),
        tier,
        List.copyOf(uniqueTags.values()),
        Text.trimToNull(notes),
        Text.trimToNull(howWeMet),
        knownSince,
        cadenceDays,
        new CareerFacts(
            Text.trimToNull(career.jobFunction()),
            career.seniority(),
            career.canHireOrRefer(),
            career.knowsGoalSince(),
            career.mutualConnections(),
            career.closenessRating(),
            career.doNotContact()),
        birthday);
  }

  private static final java.util.regex.Pattern HAS_SCHEME =
      java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
  private static final java.util.regex.Pattern BARE_ADDRESS =
      java.util.regex.Pattern.compile("(?i)^(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+(/.*)?$");

  private static String withScheme(String url) {
    if (url == null || HAS_SCHEME.matcher(url).matches()) {
      return url;
    }
    return BARE_ADDRESS.matcher(url).matches() ? "https://" + url : url;
  }
}

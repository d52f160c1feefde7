package app.rapport.contacts;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LinkedIn profile addresses come in many spellings (with or without {@code www.}, a country
 * sub-domain, a trailing slash, query parameters, percent-encoded letters). The slug after {@code
 * /in/} is what identifies the person, so that is what matching uses.
 */
public final class LinkedInProfiles {

  private static final Pattern PROFILE =
      Pattern.compile("(?i)^(?:https?://)?(?:[a-z]{2,3}\\.|www\\.)?linkedin\\.com/in/([^/?#]+)");

  private LinkedInProfiles() {}

  /** The profile's slug in lower case, or null when the address is not a LinkedIn profile. */
  public static String key(String url) {
    if (url == null) {
      return null;
    }
    Matcher matcher = PROFILE.matcher(url.trim());
    if (!matcher.find()) {
      return null;
    }
    String slug = URLDecoder.decode(matcher.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    return slug.isBlank() ? null : slug.toLowerCase(Locale.ROOT);
  }
}

package app.rapport.imports.read;

import app.rapport.contacts.LinkedInProfiles;

/**
 * LinkedIn profile addresses, recognised and compared by their slug. The rule lives in {@link
 * LinkedInProfiles} so that imports and contacts agree on what the same profile is.
 */
final class LinkedInUrls {

  private LinkedInUrls() {}

  static boolean isProfile(String url) {
    return slug(url) != null;
  }

  /** The profile's slug in lower case, or null. */
  static String slug(String url) {
    try {
      return LinkedInProfiles.key(url);
    } catch (IllegalArgumentException e) {
      // A malformed percent escape in the address: not a profile Rapport can match on.
      return null;
    }
  }
}

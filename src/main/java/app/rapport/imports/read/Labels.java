package app.rapport.imports.read;

import java.util.Locale;
import java.util.Set;

/**
 * The labels files put on email addresses, phone numbers and groups, mapped to Rapport's few words.
 * A label the table does not know is the user's own ("Alumni") and is kept as written.
 */
final class Labels {

  /** Groups every contact is in, or that the address book manages itself: no use as tags. */
  private static final Set<String> SYSTEM_GROUPS =
      Set.of("mycontacts", "starred", "starredinandroid", "othercontacts", "allcontacts");

  private static final java.util.regex.Pattern NOT_LETTER =
      java.util.regex.Pattern.compile("[^a-z]");

  private Labels() {}

  /** Google marks the preferred value's label with a leading "* " ("* Home"). */
  static boolean isPreferred(String label) {
    String cleaned = Text.clean(label);
    return cleaned != null && cleaned.startsWith("*");
  }

  private static String bare(String label) {
    String cleaned = Text.clean(label);
    if (cleaned == null) {
      return null;
    }
    if (cleaned.startsWith("*")) {
      cleaned = Text.clean(cleaned.substring(1));
    }
    if (cleaned != null && cleaned.startsWith("_$!<") && cleaned.endsWith(">!$_")) {
      cleaned = Text.clean(cleaned.substring(4, cleaned.length() - 4));
    }
    return cleaned;
  }

  private static String key(String label) {
    String bare = bare(label);
    return bare == null ? null : NOT_LETTER.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** "work", "personal", "other" or the custom label. */
  static String email(String label) {
    String key = key(label);
    if (key == null || key.isEmpty()) {
      return "other";
    }
    switch (key) {
      case "work":
      case "business":
      case "office":
      case "workemail":
        return "work";
      case "home":
      case "personal":
      case "private":
      case "homeemail":
      case "personalemail":
        return "personal";
      case "other":
      case "internet":
      case "smtp":
      case "pref":
      case "email":
      case "main":
        return "other";
      default:
        return bare(label);
    }
  }

  /** "mobile", "home", "work", "fax", "pager", "other" or the custom label. */
  static String phone(String label) {
    String key = key(label);
    if (key == null || key.isEmpty()) {
      return "other";
    }
    if (key.contains("fax")) {
      return "fax";
    }
    switch (key) {
      case "mobile":
      case "cell":
      case "cellular":
      case "iphone":
      case "mobilephone":
      case "cellphone":
      case "handy":
        return "mobile";
      case "home":
      case "homephone":
      case "private":
      case "personal":
        return "home";
      case "work":
      case "business":
      case "office":
      case "workphone":
      case "businessphone":
      case "companymain":
      case "companymainphone":
        return "work";
      case "pager":
        return "pager";
      case "other":
      case "main":
      case "voice":
      case "pref":
      case "otherphone":
      case "primary":
      case "primaryphone":
        return "other";
      default:
        return bare(label);
    }
  }

  /** The group's name as the user would see it, or null when it is a system group. */
  static String group(String raw) {
    String bare = bare(raw);
    if (bare == null) {
      return null;
    }
    String key = NOT_LETTER.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
    return SYSTEM_GROUPS.contains(key) ? null : bare;
  }
}

package app.rapport.imports.read;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Nickname;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;
import ezvcard.util.TelUri;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * vCard files of versions 2.1, 3.0 and 4.0, one card at a time, through ez-vcard. Apple's quirks
 * are mapped: {@code itemN.} groups take their label from the {@code X-ABLabel} of the same group
 * ({@code _$!<Work>!$_} or the user's own); a birthday whose year equals {@code X-APPLE-OMIT-YEAR}
 * has no year; the LinkedIn address is in {@code X-SOCIALPROFILE}, a {@code URL}, or an {@code
 * IMPP} of the LinkedIn service.
 */
final class VCardPeople extends BaseReader<ImportedPerson> {

  static final String GROUP_CARDS = "Group cards: they list people rather than being one";

  /** A LinkedIn member's name as it stands after {@code linkedin.com/in/}. */
  private static final java.util.regex.Pattern LINKEDIN_USER =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}_%.-]+");

  private final ByteSource source;
  private final ReadLimits limits;
  private VCardLineFilter filter;
  private VCardReader reader;
  private int card;

  VCardPeople(ByteSource source, ReadLimits limits) {
    super(new ReportBuilder("Card", limits));
    this.source = source;
    this.limits = limits;
  }

  @Override
  protected void open() throws IOException {
    TextEncoding encoding = TextEncoding.sniff(source);
    report.warning(encoding.warning());
    filter = new VCardLineFilter(encoding.open(source), limits, report);
    reader = new VCardReader(filter);
  }

  @Override
  protected ImportedPerson readNext() throws IOException {
    VCard vcard;
    while ((vcard = reader.readNext()) != null) {
      card++;
      if (isGroup(vcard)) {
        report.skipped(GROUP_CARDS);
        continue;
      }
      PersonDraft draft = map(vcard);
      for (String value : draft.rejectedPhones()) {
        report.problem(card, PersonDraft.notAPhone(value));
      }
      ImportedPerson person = draft.build(card);
      if (person != null) {
        return person;
      }
      report.problem(
          card, "This card has no name, email address or phone number, so it was skipped.");
    }
    return null;
  }

  @Override
  protected void finish() {
    if (report.itemsRead() == 0) {
      report.fail(
          new ReadFailure(
              card == 0
                  ? "No contact cards (BEGIN:VCARD) were found in this file."
                  : CsvPersonReader.noPeople(report)));
    }
  }

  private static boolean isGroup(VCard vcard) {
    if (vcard.getKind() != null && vcard.getKind().isGroup()) {
      return true;
    }
    for (RawProperty kind : vcard.getExtendedProperties("X-ADDRESSBOOKSERVER-KIND")) {
      if ("group".equalsIgnoreCase(Text.clean(kind.getValue()))) {
        return true;
      }
    }
    return false;
  }

  private PersonDraft map(VCard vcard) {
    PersonDraft draft = new PersonDraft();
    Map<String, String> labels = appleLabels(vcard);
    for (FormattedName name : vcard.getFormattedNames()) {
      if (draft.fullName == null) {
        draft.fullName = Text.clean(name.getValue());
      }
    }
    StructuredName name = vcard.getStructuredName();
    if (name != null) {
      draft.givenName = name.getGiven();
      draft.familyName = name.getFamily();
      draft.middleName = joined(name.getAdditionalNames());
      draft.suffix = joined(name.getSuffixes());
    }
    for (Nickname nickname : vcard.getNicknames()) {
      if (draft.nickname == null && !nickname.getValues().isEmpty()) {
        draft.nickname = Text.clean(nickname.getValues().get(0));
      }
    }
    for (Organization organization : vcard.getOrganizations()) {
      if (draft.organization == null && !organization.getValues().isEmpty()) {
        draft.organization = Text.clean(organization.getValues().get(0));
      }
    }
    for (Title title : vcard.getTitles()) {
      if (draft.title == null) {
        draft.title = Text.clean(title.getValue());
      }
    }
    if (isCompanyCard(vcard) && draft.organization != null && draft.fullName == null) {
      draft.fullName = draft.organization;
    }
    for (Email email : vcard.getEmails()) {
      String label = labels.get(groupKey(email.getGroup()));
      boolean preferred = isPreferred(email.getPref(), email.getTypes().contains(EmailType.PREF));
      draft.email(
          email.getValue(), label != null ? Labels.email(label) : emailLabel(email), preferred);
    }
    for (Telephone telephone : vcard.getTelephoneNumbers()) {
      String label = labels.get(groupKey(telephone.getGroup()));
      boolean preferred =
          isPreferred(telephone.getPref(), telephone.getTypes().contains(TelephoneType.PREF));
      draft.phone(
          number(telephone),
          label != null ? Labels.phone(label) : phoneLabel(telephone),
          preferred);
    }
    for (Note note : vcard.getNotes()) {
      draft.note(note.getValue());
    }
    for (Categories categories : vcard.getCategoriesList()) {
      for (String category : categories.getValues()) {
        draft.tag(category);
      }
    }
    draft.linkedin(linkedIn(vcard));
    draft.birthday = birthday(vcard);
    if (vcard.getUid() != null) {
      draft.uid = vcard.getUid().getValue();
    }
    return draft;
  }

  /** Apple's custom labels, by property group ("item1" → "_$!<Other>!$_"). */
  private static Map<String, String> appleLabels(VCard vcard) {
    Map<String, String> labels = new HashMap<>();
    for (RawProperty property : vcard.getExtendedProperties()) {
      if (property.getGroup() != null
          && property.getPropertyName().equalsIgnoreCase("X-ABLabel")
          && Text.clean(property.getValue()) != null) {
        labels.put(groupKey(property.getGroup()), property.getValue());
      }
    }
    return labels;
  }

  private static String groupKey(String group) {
    return group == null ? null : group.toLowerCase(Locale.ROOT);
  }

  private static boolean isCompanyCard(VCard vcard) {
    for (RawProperty showAs : vcard.getExtendedProperties("X-ABShowAs")) {
      if ("COMPANY".equalsIgnoreCase(Text.clean(showAs.getValue()))) {
        return true;
      }
    }
    return vcard.getKind() != null && vcard.getKind().isOrg();
  }

  private static boolean isPreferred(Integer pref, boolean typePref) {
    return typePref || (pref != null && pref == 1);
  }

  private static String emailLabel(Email email) {
    List<EmailType> types = email.getTypes();
    if (types.contains(EmailType.WORK)) {
      return "work";
    }
    if (types.contains(EmailType.HOME)) {
      return "personal";
    }
    return "other";
  }

  private static String phoneLabel(Telephone telephone) {
    List<TelephoneType> types = telephone.getTypes();
    if (types.contains(TelephoneType.FAX)) {
      return "fax";
    }
    if (types.contains(TelephoneType.PAGER)) {
      return "pager";
    }
    if (types.contains(TelephoneType.CELL)
        || types.stream().anyMatch(type -> "iphone".equalsIgnoreCase(type.getValue()))) {
      return "mobile";
    }
    if (types.contains(TelephoneType.HOME)) {
      return "home";
    }
    if (types.contains(TelephoneType.WORK)) {
      return "work";
    }
    return "other";
  }

  private static String number(Telephone telephone) {
    if (Text.clean(telephone.getText()) != null) {
      return telephone.getText();
    }
    TelUri uri = telephone.getUri();
    if (uri == null) {
      return null;
    }
    return uri.getExtension() == null
        ? uri.getNumber()
        : uri.getNumber() + " ext. " + uri.getExtension();
  }

  private static String joined(List<String> parts) {
    String joined = String.join(" ", parts);
    return Text.clean(joined);
  }

  private static String linkedIn(VCard vcard) {
    for (RawProperty profile : vcard.getExtendedProperties("X-SOCIALPROFILE")) {
      String value = Text.clean(profile.getValue());
      if (LinkedInUrls.isProfile(value)) {
        return value;
      }
      boolean linkedInType =
          profile.getParameters().getTypes().stream().anyMatch(t -> t.equalsIgnoreCase("linkedin"));
      String user = Text.clean(profile.getParameter("X-USER"));
      if (linkedInType && user != null && LINKEDIN_USER.matcher(user).matches()) {
        return "https://www.linkedin.com/in/" + user;
      }
    }
    for (Url url : vcard.getUrls()) {
      if (LinkedInUrls.isProfile(url.getValue())) {
        return Text.clean(url.getValue());
      }
    }
    // Apple Contacts can keep a LinkedIn name as an instant-messaging handle.
    for (ezvcard.property.Impp impp : vcard.getImpps()) {
      if (!"linkedin".equalsIgnoreCase(Text.clean(impp.getParameter("X-SERVICE-TYPE")))
          || impp.getUri() == null) {
        continue;
      }
      String whole = impp.getUri().toString();
      if (LinkedInUrls.isProfile(whole)) {
        return whole;
      }
      String user = Text.clean(impp.getHandle());
      if (user != null && LINKEDIN_USER.matcher(user).matches()) {
        return "https://www.linkedin.com/in/" + user;
      }
    }
    return null;
  }

  private Birthday birthday(VCard vcard) {
    ezvcard.property.Birthday birthday = vcard.getBirthday();
    if (birthday != null) {
      Birthday read = fromProperty(birthday);
      if (read != null) {
        return read;
      }
    }
    // ez-vcard keeps a birthday it could not parse as a raw property of the same name.
    for (RawProperty raw : vcard.getExtendedProperties("BDAY")) {
      String text = Text.clean(raw.getValue());
      if (text == null) {
        continue;
      }
      Birthday read = Dates.parseBirthday(text, Dates.SlashOrder.MONTH_FIRST);
      if (read != null) {
        return read;
      }
      report.problem(card, RowContext.unreadableDate(text, "birthday"));
    }
    return null;
  }

  private static Birthday fromProperty(ezvcard.property.Birthday birthday) {
    try {
      Temporal date = birthday.getDate();
      if (date != null && date.isSupported(ChronoField.MONTH_OF_YEAR)) {
        int year = date.get(ChronoField.YEAR);
        MonthDay day =
            MonthDay.of(date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH));
        String omitYear = Text.clean(birthday.getParameter("X-APPLE-OMIT-YEAR"));
        if (omitYear != null && omitYear.equals(String.valueOf(year))) {
          return Birthday.withoutYear(day);
        }
        return new Birthday(day, year);
      }
      PartialDate partial = birthday.getPartialDate();
      if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
        return new Birthday(MonthDay.of(partial.getMonth(), partial.getDate()), partial.getYear());
      }
      if (birthday.getText() != null) {
        return Dates.parseBirthday(birthday.getText(), Dates.SlashOrder.MONTH_FIRST);
      }
    } catch (DateTimeException e) {
      // An impossible date, such as 31 February: treated as no birthday.
    }
    return null;
  }

  @Override
  protected int position() {
    return card + 1;
  }

  @Override
  protected void release() throws IOException {
    if (reader != null) {
      reader.close();
    } else if (filter != null) {
      filter.close();
    }
  }
}

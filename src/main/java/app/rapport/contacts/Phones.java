package app.rapport.contacts;

import app.rapport.platform.RapportProperties;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Phone numbers through libphonenumber. The raw text is always kept; the E.164 form is added when
 * the number is valid, and is what duplicates are matched on. Numbers written without a country
 * code are read in the region of {@code rapport.phone-region}.
 */
@Component
public class Phones {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final String region;

  @Autowired
  Phones(RapportProperties properties) {
    this.region = properties.phoneRegion();
  }

  public Phones(String region) {
    this.region = region;
  }

  /** The number with its E.164 form filled in when libphonenumber finds it valid. */
  public PhoneNumber normalise(PhoneNumber phone) {
    return new PhoneNumber(phone.value(), phone.label(), e164(phone.value()).orElse(null));
  }

  public Optional<String> e164(String raw) {
    return parse(raw)
        .filter(UTIL::isValidNumber)
        .map(number -> UTIL.format(number, PhoneNumberFormat.E164));
  }

  /** Whether text could be a phone number at all; forms refuse what is not, imports keep it. */
  public boolean isPossible(String raw) {
    return parse(raw).map(UTIL::isPossibleNumber).orElse(false);
  }

  /** The number written for reading: national form at home, international form abroad. */
  public String display(PhoneNumber phone) {
    return parse(phone.value())
        .filter(UTIL::isValidNumber)
        .map(
            number ->
                UTIL.format(
                    number,
                    region.equals(UTIL.getRegionCodeForNumber(number))
                        ? PhoneNumberFormat.NATIONAL
                        : PhoneNumberFormat.INTERNATIONAL))
        .orElse(phone.value());
  }

  private Optional<Phonenumber.PhoneNumber> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UTIL.parse(raw, region));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}

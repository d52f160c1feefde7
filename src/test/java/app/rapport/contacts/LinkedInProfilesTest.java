package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedInProfilesTest {

  @Test
  void theSlugIdentifiesTheProfileHoweverTheAddressIsWritten() {
    assertThat(LinkedInProfiles.key("https://www.linkedin.com/in/Ana-Ruiz/")).isEqualTo("ana-ruiz");
    assertThat(LinkedInProfiles.key("http://linkedin.com/in/ana-ruiz?trk=abc"))
        .isEqualTo("ana-ruiz");
    assertThat(LinkedInProfiles.key("https://uk.linkedin.com/in/ana-ruiz")).isEqualTo("ana-ruiz");
    assertThat(LinkedInProfiles.key("linkedin.com/in/jos%C3%A9-n")).isEqualTo("josé-n");
  }

  @Test
  void otherAddressesHaveNoKey() {
    assertThat(LinkedInProfiles.key("https://www.linkedin.com/company/contoso")).isNull();
    assertThat(LinkedInProfiles.key("https://example.com/in/ana")).isNull();
    assertThat(LinkedInProfiles.key(null)).isNull();
  }
}

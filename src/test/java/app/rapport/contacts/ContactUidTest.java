package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactUidTest {

  private static final long ID = 913978061011152202L;

  @Test
  void theUidOfAPersonIsTheSameInEveryExportAndReadsBack() {
    assertThat(ContactUid.of(ID)).isEqualTo(ContactUid.of(ID)).startsWith("urn:uuid:");
    assertThat(ContactUid.of(ID)).isNotEqualTo(ContactUid.of(ID + 1));
    assertThat(ContactUid.read(ContactUid.of(ID))).isEqualTo(ContactUid.uuidOf(ID));
  }

  @Test
  void aUidIsReadAsAddressBooksGiveItBack() {
    String bare = ContactUid.uuidOf(ID).toString();
    assertThat(ContactUid.read(bare)).isEqualTo(ContactUid.uuidOf(ID));
    assertThat(ContactUid.read("URN:UUID:" + bare.toUpperCase())).isEqualTo(ContactUid.uuidOf(ID));
    assertThat(ContactUid.read(" " + bare.toUpperCase() + ":ABPerson "))
        .isEqualTo(ContactUid.uuidOf(ID));
  }

  @Test
  void whatIsNotAUuidIsNoUid() {
    assertThat(ContactUid.read(null)).isNull();
    assertThat(ContactUid.read("")).isNull();
    assertThat(ContactUid.read("urn:uuid:")).isNull();
    assertThat(ContactUid.read("4f9e2a1c-0000-zzzz-0000-000000000000")).isNull();
    assertThat(ContactUid.read("0B3F1E9C:ABPerson")).isNull();
    assertThat(ContactUid.read("1-2-3-4-5")).isNull();
  }
}

package app.rapport.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Notes and how the user met someone, written as one notes field and read back apart. */
class ContactNotesTest {

  @Test
  void howTheyMetIsTheLastParagraph() {
    assertThat(ContactNotes.written("Line one\nLine two", "At a conference"))
        .isEqualTo("Line one\nLine two\n\nHow we met: At a conference");
    assertThat(ContactNotes.written(null, "At a conference"))
        .isEqualTo("How we met: At a conference");
    assertThat(ContactNotes.written("Only notes", null)).isEqualTo("Only notes");
    assertThat(ContactNotes.written(null, null)).isNull();
  }

  @Test
  void readingTakesTheLastParagraphBackApart() {
    assertThat(ContactNotes.read("Line one\nLine two\n\nHow we met: At a conference"))
        .isEqualTo(new ContactNotes.Read("Line one\nLine two", "At a conference"));
    assertThat(ContactNotes.read("How we met: At a conference"))
        .isEqualTo(new ContactNotes.Read(null, "At a conference"));
    assertThat(ContactNotes.read("Notes\r\n\r\nHow we met: Resaved on Windows"))
        .isEqualTo(new ContactNotes.Read("Notes", "Resaved on Windows"));
  }

  @Test
  void notesThatOnlyMentionItStayNotes() {
    for (String text :
        new String[] {
          "Asked her: How we met: at school?",
          "First\nHow we met: not a paragraph of its own",
          "How we met:    ",
          "Plain notes"
        }) {
      assertThat(ContactNotes.read(text)).as(text).isEqualTo(new ContactNotes.Read(text, null));
    }
    assertThat(ContactNotes.read(null)).isEqualTo(new ContactNotes.Read(null, null));
  }

  @Property
  void whatIsWrittenReadsBackAsItWas(@ForAll String notes, @ForAll String howWeMet) {
    Assume.that(!notes.isBlank() && !howWeMet.isBlank());
    Assume.that(!notes.contains("How we met: ") && !howWeMet.contains("How we met: "));
    Assume.that(!notes.contains("\r") && !howWeMet.contains("\r"));

    assertThat(ContactNotes.read(ContactNotes.written(notes, howWeMet)))
        .isEqualTo(new ContactNotes.Read(notes, howWeMet));
    assertThat(ContactNotes.read(ContactNotes.written(null, howWeMet)))
        .isEqualTo(new ContactNotes.Read(null, howWeMet));
    assertThat(ContactNotes.read(ContactNotes.written(notes, null)))
        .isEqualTo(new ContactNotes.Read(notes, null));
  }
}

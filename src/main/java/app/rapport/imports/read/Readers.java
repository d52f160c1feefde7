package app.rapport.imports.read;

import java.util.Optional;

/** Picks the reader for a format; the seam the tests use to read raw bytes as any format. */
final class Readers {

  private Readers() {}

  static ImportReader<ImportedPerson> people(
      ByteSource source, ImportFormat format, ReadLimits limits) {
    switch (format) {
      case VCARD:
        return new VCardPeople(source, limits);
      case LINKEDIN_CONNECTIONS:
        return new CsvPersonReader(source, format, limits, LinkedInConnections.factory());
      case GOOGLE_CSV:
        return new CsvPersonReader(source, format, limits, GoogleContacts.factory());
      case OUTLOOK_CSV:
        return new CsvPersonReader(source, format, limits, OutlookContacts.factory());
      case GENERIC_CSV:
        return new CsvPersonReader(source, format, limits, Readers::guessedColumns);
      default:
        return BaseReader.failed(
            "Row", limits, new ReadFailure("This file holds " + format.label() + ", not people."));
    }
  }

  private static CsvRowMapper guessedColumns(CsvHeader header) throws StopReading {
    ColumnMapping guess = CsvColumns.guess(header.names());
    if (!guess.identifiesPeople()) {
      throw new StopReading(
          "Rapport could not tell which columns hold names, email addresses or phone numbers;"
              + " choose them on the next screen.");
    }
    return GenericColumns.factory(guess).create(header);
  }

  static LinkedInMessagesReader failedMessages(ReadLimits limits, ReadFailure failure) {
    ImportReader<ImportedMessage> nothing = BaseReader.failed("Row", limits, failure);
    return new LinkedInMessagesReader() {
      @Override
      public Optional<ImportedMessage> next() {
        return nothing.next();
      }

      @Override
      public ReadReport report() {
        return nothing.report();
      }

      @Override
      public void close() {
        nothing.close();
      }

      @Override
      public Optional<AccountOwner> owner() {
        return Optional.empty();
      }
    };
  }

  /** The owner as the first invitation that shows them tells, or null. */
  static AccountOwner ownerFromInvitations(ByteSource source, ReadLimits limits) {
    try (ImportReader<ImportedInvitation> invitations = new LinkedInInvitations(source, limits)) {
      for (Optional<ImportedInvitation> next = invitations.next();
          next.isPresent();
          next = invitations.next()) {
        AccountOwner owner = LinkedInInvitations.ownerOf(next.get());
        if (owner != null) {
          return owner;
        }
      }
    }
    return null;
  }
}

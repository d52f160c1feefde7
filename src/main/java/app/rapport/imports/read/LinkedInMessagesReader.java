package app.rapport.imports.read;

import java.util.Optional;

/**
 * Reads LinkedIn's messages.csv, one message at a time, and knows whose export it is so that each
 * message can be marked as sent or received.
 */
public interface LinkedInMessagesReader extends ImportReader<ImportedMessage> {

  /**
   * The account owner: the one given to {@link ImportFile#linkedInMessages}, else the one found in
   * the export. Empty when it could not be told; messages then have no direction.
   */
  Optional<AccountOwner> owner();
}

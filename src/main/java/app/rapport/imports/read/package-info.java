/**
 * Reading uploaded contact files: LinkedIn exports (the zip, Connections.csv, messages.csv,
 * Invitations.csv), vCard 2.1/3.0/4.0, Google and Outlook CSV, and any spreadsheet through a column
 * mapping. Pure Java: no Spring, no SQL; matching, merging and saving happen elsewhere.
 *
 * <p>Start at {@link app.rapport.imports.read.ImportFile}: it detects the format from the content
 * (never the name) and hands out {@link app.rapport.imports.read.ImportReader}s that stream one
 * item at a time. A bad file is never an exception: it is a {@link
 * app.rapport.imports.read.ReadFailure} worded for the user, and a bad row is a {@link
 * app.rapport.imports.read.RowProblem} numbered as a spreadsheet program numbers rows.
 *
 * <p>Streaming: a reader makes one pass over the bytes to settle the encoding (byte order mark,
 * else strict UTF-8 checked chunk by chunk, else Windows-1252 with a warning) and then decodes
 * while it parses, so memory holds a buffer and the current row, not the file. Two cases take one
 * more pass: slash dates (4/5/21), whose day-month order is settled from every date in the file,
 * and the owner of a LinkedIn messages file, when not given.
 */
package app.rapport.imports.read;

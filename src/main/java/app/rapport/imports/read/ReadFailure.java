package app.rapport.imports.read;

/**
 * Why a file, or the rest of it, could not be read, in words meant for the person who chose it
 * ("This is a picture, not an address book file").
 */
public record ReadFailure(String message) implements Detection {}

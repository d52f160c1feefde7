package app.rapport.platform.security;

import app.rapport.platform.RapportProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the few secrets Rapport must keep in its database yet read back (a mail server password,
 * the calendar link) with AES-GCM, under a key that lives beside the database in the data directory
 * ({@code secret-key}, owner-only) rather than in it: a copy of the database alone reveals nothing.
 * Several app instances on one PostgreSQL share the key through {@code rapport.secret-key} (256
 * bits, Base64), which takes precedence over the file.
 *
 * <p>Also makes the random tokens secret links carry, and the hashes they are recognised by.
 */
@Component
public class SecretBox {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final SecretKeySpec key;

  SecretBox(RapportProperties properties, @Value("${rapport.secret-key:}") String configured) {
    byte[] bytes =
        configured.isBlank()
            ? readOrCreate(properties.dataDir().resolve("secret-key"))
            : Base64.getDecoder().decode(configured.trim());
    if (bytes.length != 32) {
      throw new IllegalStateException("rapport.secret-key must be 32 bytes (256 bits), in Base64");
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /** The text, encrypted and authenticated, as Base64 that fits a text column. */
  public String seal(String plain) {
    try {
      byte[] nonce = randomBytes(NONCE_BYTES);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
    }
  }

  /** The text that {@link #seal} sealed; fails when it was sealed under another key. */
  public String open(String sealed) {
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed);
      if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
        throw new IllegalArgumentException("too short to be sealed");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      return new String(
          cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException
        | IllegalArgumentException
        | java.security.ProviderException e) {
      throw new IllegalStateException(
          "A stored secret cannot be read with this data directory's key (secret-key or"
              + " rapport.secret-key); it was sealed with another one.",
          e);
    }
  }

  /**
   * A keyed signature of a text (HMAC-SHA-256, 128 bits, URL-safe: 22 characters): a link can carry
   * it as proof that Rapport made the link, with nothing stored to check it against.
   */
  public String sign(String text) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      byte[] full = mac.doFinal(("rapport-link:" + text).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(java.util.Arrays.copyOf(full, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available in this Java runtime", e);
    }
  }

  /** Whether {@code signature} is {@link #sign}'s for the text, compared in constant time. */
  public boolean verify(String text, String signature) {
    return signature != null
        && MessageDigest.isEqual(
            sign(text).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
  }

  /** A random token of 128 bits, URL-safe (22 characters). */
  public static String newToken() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(16));
  }

  /** SHA-256 of a token, hex: what is stored to recognise it later. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
    }
  }

  /** Whether a token matches a stored hash, in time that does not depend on where they differ. */
  public static boolean matches(String token, String storedHash) {
    return token != null
        && storedHash != null
        && MessageDigest.isEqual(
            hash(token).getBytes(StandardCharsets.US_ASCII),
            storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static byte[] readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] fresh = randomBytes(32);
        try {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
          // Windows: the file inherits the user profile's permissions, which are already per-user.
          Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
        return fresh;
      }
      return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("Rapport cannot read or create its secret key at " + file, e);
    }
  }
}

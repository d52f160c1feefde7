package app.rapport.platform.security;

import app.rapport.platform.RapportProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The secret that scripts send as {@code Authorization: Bearer ...}. It lives in {@code
 * <data-dir>/api-token}, readable by its owner only, so that a script on the same machine can read
 * it and a web page the user visits cannot. Settings shows it and can replace it.
 */
@Component
public class ApiTokenStore {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private volatile String token;

  ApiTokenStore(RapportProperties properties) {
    this.file = properties.dataDir().resolve("api-token");
    this.token = readOrCreate();
  }

  public String current() {
    return token;
  }

  public Path file() {
    return file;
  }

  /** Replaces the token; scripts using the old one stop working at once. */
  public synchronized String rotate() {
    String fresh = newToken();
    write(fresh);
    token = fresh;
    return fresh;
  }

  boolean matches(String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            candidate.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private String readOrCreate() {
    try {
      if (Files.exists(file)) {
        String existing = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!existing.isEmpty()) {
          return existing;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Rapport cannot read its API token at " + file, e);
    }
    String fresh = newToken();
    write(fresh);
    return fresh;
  }

  private void write(String value) {
    try {
      Path temp = Files.createTempFile(file.getParent(), "api-token", ".tmp");
      restrict(temp);
      Files.writeString(temp, value + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      restrict(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Rapport cannot write its API token to " + file, e);
    }
  }

  private static void restrict(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, OWNER_ONLY);
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file inherits the user profile's permissions, which are already per-user.
    }
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

package app.rapport.profile.web;

import app.rapport.platform.account.CurrentAccount;
import app.rapport.profile.ProfileService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The search profile through the JSON API. */
@RestController
@RequestMapping("/api/v1/profile")
@Tag(name = "Search profile", description = "What you are looking for")
class ProfileApi {

  private final ProfileService profiles;
  private final CurrentAccount account;

  ProfileApi(ProfileService profiles, CurrentAccount account) {
    this.profiles = profiles;
    this.account = account;
  }

  @GetMapping
  @Operation(summary = "What you are looking for")
  ProfileJson get() {
    return ProfileJson.of(profiles.get(account.id()));
  }

  /** Replaces the profile. Send the {@code version} you read to be told (409) of a change since. */
  @PutMapping
  @Operation(summary = "Set what you are looking for")
  ProfileJson put(@RequestBody ProfileJson body) {
    int version = body.version() != null ? body.version() : profiles.get(account.id()).version();
    return ProfileJson.of(profiles.saveProfile(account.id(), version, body.toCommand()));
  }
}

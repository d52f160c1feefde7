package app.rapport.profile;

import app.rapport.platform.Rules;
import app.rapport.platform.StaleEdit;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user's search profile: what they are looking for. */
@Service
public class ProfileService {

  /** Published in the saving transaction, so what depends on the targets follows at once. */
  public record ProfileSaved(long account) {}

  private final ProfileRepository profiles;
  private final Rules rules;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ProfileService(
      ProfileRepository profiles, Rules rules, Clock clock, ApplicationEventPublisher events) {
    this.profiles = profiles;
    this.rules = rules;
    this.clock = clock;
    this.events = events;
  }

  public SearchProfile get(long account) {
    return profiles.find(account).orElse(SearchProfile.empty());
  }

  @Transactional
  public SearchProfile saveProfile(long account, int version, ProfileCommand command) {
    ProfileCommand clean = command.normalised();
    rules.check(clean);
    if (!profiles.save(account, version, clean, clock.instant())) {
      throw new StaleEdit("profile");
    }
    events.publishEvent(new ProfileSaved(account));
    return get(account);
  }
}

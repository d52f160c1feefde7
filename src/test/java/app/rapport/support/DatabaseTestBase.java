package app.rapport.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Gives every test a fresh, empty account and the default "today". */
@RapportTest
public abstract class DatabaseTestBase {

  @Autowired protected TestAccount account;
  @Autowired protected MutableClock clock;

  @BeforeEach
  void freshAccount() {
    clock.reset();
    account.startFresh();
  }
}

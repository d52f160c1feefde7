package app.rapport.home;

/** What the home page shows: a welcome on first run, the network at a glance afterwards. */
public record HomeView(long peopleCount, long organizationCount) {

  public boolean firstRun() {
    return peopleCount == 0;
  }
}

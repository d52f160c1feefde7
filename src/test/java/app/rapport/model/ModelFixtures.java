package app.rapport.model;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Readable builders and a fixed "today" for the model's tests. */
final class ModelFixtures {

  static final ModelParameters DEFAULTS = ModelParameters.defaults();

  /** Every test's "today": the model never reads the clock itself. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private ModelFixtures() {}

  static LocalDate daysAgo(long days) {
    return TODAY.minusDays(days);
  }

  static TieBuilder aTie() {
    return new TieBuilder();
  }

  /**
   * The default parameters with some components replaced, to test validation and variations: {@code
   * defaultsWith("readyTarget", 12, "readyInnerCircleMax", 4)}.
   */
  static ModelParameters defaultsWith(Object... namesAndValues) {
    try {
      Map<String, Object> changes = new HashMap<>();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        changes.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
      RecordComponent[] components = ModelParameters.class.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        String name = components[i].getName();
        values[i] =
            changes.containsKey(name)
                ? changes.remove(name)
                : components[i].getAccessor().invoke(DEFAULTS);
      }
      if (!changes.isEmpty()) {
        throw new IllegalArgumentException("no parameters named " + changes.keySet());
      }
      return ModelParameters.class.getDeclaredConstructor(types).newInstance(values);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static CandidateBuilder aCandidate(long personId) {
    return new CandidateBuilder(personId);
  }

  /**
   * A Ready-10 candidate who qualifies unless a test says otherwise: in the target field (relevance
   * 0.5), willing (S 0.3, L 0.5), warm (W 0.6), reachable on a personal email, in the Network tier.
   */
  static final class CandidateBuilder {
    private final long personId;
    private Relevance relevance = new Relevance(true, false, false);
    private double closeness = 0.3;
    private double latentTrust = 0.5;
    private double warmth = 0.6;
    private double yearsSinceContact = 0.5;
    private List<ContactChannel> channels = List.of(ContactChannel.personalEmail());
    private Tier tier = Tier.NETWORK;
    private boolean knowsMyGoal;
    private boolean alreadyInNewField;
    private boolean reactivatedDormant;
    private boolean doNotContact;

    CandidateBuilder(long personId) {
      this.personId = personId;
    }

    CandidateBuilder relevance(boolean inTarget, boolean senior, boolean canRefer) {
      this.relevance = new Relevance(inTarget, senior, canRefer);
      return this;
    }

    CandidateBuilder closeness(double closeness) {
      this.closeness = closeness;
      return this;
    }

    CandidateBuilder latentTrust(double latentTrust) {
      this.latentTrust = latentTrust;
      return this;
    }

    CandidateBuilder warmth(double warmth) {
      this.warmth = warmth;
      return this;
    }

    /** Cold (W 0.1) and silent for this many years. */
    CandidateBuilder silentForYears(double years) {
      this.warmth = 0.1;
      this.yearsSinceContact = years;
      return this;
    }

    CandidateBuilder reachableOn(ContactChannel... channels) {
      this.channels = List.of(channels);
      return this;
    }

    CandidateBuilder inTier(Tier tier) {
      this.tier = tier;
      return this;
    }

    CandidateBuilder knowsMyGoal() {
      this.knowsMyGoal = true;
      return this;
    }

    CandidateBuilder alreadyInNewField() {
      this.alreadyInNewField = true;
      return this;
    }

    CandidateBuilder reactivatedDormant() {
      this.reactivatedDormant = true;
      return this;
    }

    CandidateBuilder doNotContact() {
      this.doNotContact = true;
      return this;
    }

    Ready10Candidate build() {
      return new Ready10Candidate(
          personId,
          relevance,
          closeness,
          latentTrust,
          warmth,
          yearsSinceContact,
          channels,
          tier,
          knowsMyGoal,
          alreadyInNewField,
          reactivatedDormant,
          doNotContact);
    }
  }

  /** A person's keep-in-touch history, built the way a test reads. */
  static final class TieBuilder {
    private Tier tier = Tier.CLOSE;
    private Integer cadenceOverride;
    private LocalDate knownSince = daysAgo(3650);
    private final List<Interaction> interactions = new ArrayList<>();

    TieBuilder inTier(Tier tier) {
      this.tier = tier;
      return this;
    }

    TieBuilder everyDays(int cadence) {
      this.cadenceOverride = cadence;
      return this;
    }

    TieBuilder knownSince(LocalDate day) {
      this.knownSince = day;
      return this;
    }

    /** A conversation both took part in. */
    TieBuilder lastTwoWay(LocalDate day) {
      return talked(day);
    }

    TieBuilder talked(LocalDate... days) {
      for (LocalDate day : days) {
        interactions.add(new Interaction(day, Channel.PHONE, Direction.MUTUAL));
      }
      return this;
    }

    /** A message the user sent that was not answered. */
    TieBuilder wroteUnanswered(LocalDate day) {
      interactions.add(new Interaction(day, Channel.EMAIL, Direction.OUTBOUND));
      return this;
    }

    TieHistory build() {
      return new TieHistory(tier, cadenceOverride, knownSince, interactions);
    }
  }
}

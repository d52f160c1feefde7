package app.rapport.model;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

  /** The default parameters with one component replaced, to test validation and variations. */
  static ModelParameters defaultsWith(String component, Object value) {
    try {
      RecordComponent[] components = ModelParameters.class.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      boolean found = false;
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        if (components[i].getName().equals(component)) {
          values[i] = value;
          found = true;
        } else {
          values[i] = components[i].getAccessor().invoke(DEFAULTS);
        }
      }
      if (!found) {
        throw new IllegalArgumentException("no parameter named " + component);
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

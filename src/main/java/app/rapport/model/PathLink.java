package app.rapport.model;

import java.util.Objects;

/**
 * One step of an introduction path, from an intermediary to the next person.
 *
 * @param fromPersonId the person who would make the introduction
 * @param toPersonId the person introduced (the target, on the last step)
 * @param overlap what they share
 * @param professional they know each other through work rather than only privately; successful
 *     searches "disproportionately rely on professional relationships" (Dodds et al. 2003)
 */
public record PathLink(long fromPersonId, long toPersonId, Overlap overlap, boolean professional) {

  public PathLink {
    Objects.requireNonNull(overlap, "overlap");
  }
}

package app.rapport.model;

import java.util.Objects;

/**
 * Why the model said what it said: a short, stable code the app can branch on or translate, and a
 * plain English sentence it can show as is. Every recommendation shown to a user says why
 * (PRODUCT.md, "The model behind the advice").
 *
 * @param code upper-case machine code, for example {@code WORK_CHANNEL_ONLY}
 * @param text one plain sentence or phrase for the user
 */
public record Reason(String code, String text) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}

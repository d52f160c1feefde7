package app.rapport.contacts.web;

import app.rapport.contacts.MergeField;
import app.rapport.contacts.MergeSide;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/contacts/merges}: the person to keep, the person to merge into
 * them, and for the fields where they differ, which value to keep ({@code KEEP}, {@code MERGE}, or
 * {@code BOTH} for notes and how you met). Fields not named keep the kept person's value, or the
 * other's where the kept person has none. {@code keepVersion}, when sent, refuses the merge if the
 * kept person was changed since.
 */
public record MergeInput(
    String keepId, String mergeId, Integer keepVersion, Map<MergeField, MergeSide> choose) {}

package app.rapport.profile.web;

import app.rapport.platform.web.FormErrors;

/** The profile form with its problems. */
public record ProfileFormView(ProfileForm form, FormErrors errors, boolean stale) {}

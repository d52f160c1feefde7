package app.rapport.settings;

import app.rapport.platform.web.FormErrors;
import app.rapport.platform.web.SelectOption;
import java.util.List;

/**
 * The weekly email's form with its problems, the choices of its lists, and a sentence saying when
 * the next email goes (null while it is off).
 */
public record DigestFormView(
    DigestForm form,
    FormErrors errors,
    String next,
    String lastSent,
    String waiting,
    List<SelectOption> days,
    List<SelectOption> hours,
    List<SelectOption> timeZones) {}

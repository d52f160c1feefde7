package app.rapport.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Carries notices across a redirect (post, redirect, get). */
public final class Notices {

  private Notices() {}

  @SuppressWarnings("unchecked")
  public static void add(RedirectAttributes redirect, Notice notice) {
    Object existing = redirect.getFlashAttributes().get(LayoutAdvice.NOTICES);
    List<Notice> notices =
        existing instanceof List<?> list ? new ArrayList<>((List<Notice>) list) : new ArrayList<>();
    notices.add(notice);
    redirect.addFlashAttribute(LayoutAdvice.NOTICES, notices);
  }
}

package app.rapport.demo;

import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Try it with sample people" on the welcome page. */
@Controller
class DemoController {

  private final SampleData sampleData;

  DemoController(SampleData sampleData) {
    this.sampleData = sampleData;
  }

  @PostMapping("/demo")
  String load(RedirectAttributes redirect) {
    Notices.add(
        redirect,
        Notice.of(
            sampleData.loadIfEmpty()
                ? "The sample people are here. They are made up: explore freely."
                : "You already have people in Rapport, so no sample people were added."));
    return "redirect:/people";
  }
}

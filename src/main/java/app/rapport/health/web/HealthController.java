package app.rapport.health.web;

import app.rapport.health.HealthService;
import app.rapport.platform.account.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Ready-10: could you name ten people who could help you right now? */
@Controller
class HealthController {

  static final int TREND_WEEKS = 26;

  private final HealthService health;
  private final CurrentAccount account;

  HealthController(HealthService health, CurrentAccount account) {
    this.health = health;
    this.account = account;
  }

  @GetMapping("/ready-10")
  String ready10(Model model) {
    model.addAttribute(
        "view",
        new HealthView(
            health.networkHealth(account.id()), health.trend(account.id(), TREND_WEEKS)));
    return "health/index";
  }
}

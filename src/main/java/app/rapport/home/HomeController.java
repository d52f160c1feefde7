package app.rapport.home;

import app.rapport.contacts.ContactService;
import app.rapport.organizations.OrganizationService;
import app.rapport.platform.account.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, and the help page every page links to. */
@Controller
class HomeController {

  private final ContactService contacts;
  private final OrganizationService organizations;
  private final Dashboards dashboards;
  private final CurrentAccount account;

  HomeController(
      ContactService contacts,
      OrganizationService organizations,
      Dashboards dashboards,
      CurrentAccount account) {
    this.contacts = contacts;
    this.organizations = organizations;
    this.dashboards = dashboards;
    this.account = account;
  }

  @GetMapping("/")
  String home(Model model) {
    HomeView home = new HomeView(contacts.count(account.id()), organizations.count(account.id()));
    model.addAttribute("home", home);
    if (!home.firstRun()) {
      model.addAttribute("dashboard", dashboards.dashboard(account.id()));
    }
    return "home/index";
  }

  @GetMapping("/help")
  String help() {
    return "help/index";
  }
}

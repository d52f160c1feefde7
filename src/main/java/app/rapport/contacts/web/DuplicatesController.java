package app.rapport.contacts.web;

import app.rapport.contacts.Contact;
import app.rapport.contacts.ContactMerge;
import app.rapport.contacts.ContactNotFound;
import app.rapport.contacts.ContactService;
import app.rapport.contacts.MergeChoices;
import app.rapport.contacts.MergeField;
import app.rapport.contacts.MergeSide;
import app.rapport.platform.InvalidInput;
import app.rapport.platform.NotFound;
import app.rapport.platform.StaleEdit;
import app.rapport.platform.account.CurrentAccount;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageRequest;
import app.rapport.platform.web.Notice;
import app.rapport.platform.web.Notices;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Possible duplicates, the merge screen, and undoing a merge. */
@Controller
@RequestMapping("/people")
class DuplicatesController {

  private final ContactService contacts;
  private final CurrentAccount account;

  DuplicatesController(ContactService contacts, CurrentAccount account) {
    this.contacts = contacts;
    this.account = account;
  }

  @GetMapping("/duplicates")
  String duplicates(@RequestParam(required = false) Integer page, Model model) {
    model.addAttribute(
        "duplicates",
        new DuplicatesView(contacts.possibleDuplicates(account.id(), PageRequest.of(page, 50))));
    return "contacts/duplicates";
  }

  @PostMapping("/duplicates/dismiss")
  String dismiss(
      @RequestParam String first, @RequestParam String second, RedirectAttributes redirect) {
    Contact a = contacts.get(account.id(), parse(first));
    Contact b = contacts.get(account.id(), parse(second));
    contacts.dismissDuplicate(account.id(), a.id(), b.id());
    Notices.add(
        redirect,
        Notice.of(
            a.fullName()
                + " and "
                + b.fullName()
                + " are kept as two people and will not be suggested again."));
    return "redirect:/people/duplicates";
  }

  @GetMapping("/merge")
  String compare(@RequestParam String keep, @RequestParam String merge, Model model) {
    if (parse(keep) == parse(merge)) {
      // a hand-edited or stale link: one person cannot be merged into themselves
      return "redirect:/people/duplicates";
    }
    Contact kept = contacts.get(account.id(), parse(keep));
    Contact other = contacts.get(account.id(), parse(merge));
    model.addAttribute("merge", MergeView.of(kept, other, MergeChoices.none()));
    return "contacts/merge";
  }

  @PostMapping("/merge")
  String merge(
      @RequestParam String keep,
      @RequestParam String merge,
      @RequestParam(required = false) Integer keepVersion,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long keepId = parse(keep);
    long mergeId = parse(merge);
    MergeChoices choices = choices(form);
    Contact kept = contacts.get(account.id(), keepId);
    Contact other = contacts.get(account.id(), mergeId);
    ContactMerge done;
    try {
      done = contacts.mergeContacts(account.id(), keepId, keepVersion, mergeId, choices);
    } catch (StaleEdit | InvalidInput refused) {
      response.setStatus(409);
      model.addAttribute("stale", true);
      model.addAttribute(
          "merge",
          MergeView.of(
              contacts.get(account.id(), keepId), contacts.get(account.id(), mergeId), choices));
      return "contacts/merge";
    }
    Notices.add(
        redirect,
        Notice.withUndo(
            other.fullName() + " and " + kept.fullName() + " are now one person.",
            "/people/merges/" + Ids.format(done.id()) + "/undo"));
    return "redirect:/people/" + keep;
  }

  @PostMapping("/merges/{id}/undo")
  String undo(@PathVariable String id, RedirectAttributes redirect) {
    long mergeId = Ids.parse(id).orElseThrow(() -> new NotFound("merge", id));
    ContactMerge merge = contacts.getMerge(account.id(), mergeId);
    try {
      Contact kept = contacts.undoMerge(account.id(), mergeId);
      Contact back = contacts.get(account.id(), merge.mergedId());
      Notices.add(
          redirect,
          Notice.of(
              "The merge was undone: "
                  + kept.fullName()
                  + " and "
                  + back.fullName()
                  + " are two people again."));
    } catch (InvalidInput refused) {
      Notices.add(redirect, Notice.problem(refused.problems().get(0).message()));
    }
    return "redirect:/people/" + Ids.format(merge.keptId());
  }

  private static MergeChoices choices(Map<String, String> form) {
    Map<MergeField, MergeSide> sides = new EnumMap<>(MergeField.class);
    for (MergeField field : MergeField.values()) {
      String value = form.get(field.name());
      if (value != null) {
        try {
          sides.put(field, MergeSide.valueOf(value));
        } catch (IllegalArgumentException ignored) {
          // an unknown choice keeps the proposal for that field
        }
      }
    }
    return new MergeChoices(sides);
  }

  private static long parse(String id) {
    return Ids.parse(id).orElseThrow(() -> ContactNotFound.forId(id));
  }
}

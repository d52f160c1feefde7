package app.rapport.introductions.web;

import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionTree;
import app.rapport.introductions.KnowsLink;
import app.rapport.introductions.PersonRef;
import app.rapport.platform.db.Ids;
import app.rapport.platform.db.PageResult;
import app.rapport.platform.web.Dates;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's introductions page: their introduction tree, drawn and as a list, and the people they
 * know.
 */
public record IntroductionsPage(
    IntroductionTree tree,
    TreeDrawing drawing,
    PageResult<KnowsLink> knows,
    long colleaguesNow,
    LocalDate today) {

  /**
   * The tree as one nested list from the person the user knew first: the chain above the person,
   * then the person and everyone below them.
   */
  public IntroductionTree.Node whole() {
    IntroductionTree.Node node = tree.below();
    List<Introduction> above = tree.above();
    if (above.isEmpty()) {
      return node;
    }
    node =
        new IntroductionTree.Node(
            node.person(), above.get(above.size() - 1), node.children(), node.more(), false);
    for (int i = above.size() - 1; i >= 1; i--) {
      node =
          new IntroductionTree.Node(
              above.get(i).introducer(), above.get(i - 1), List.of(node), 0, false);
    }
    return new IntroductionTree.Node(above.get(0).introducer(), null, List.of(node), 0, false);
  }

  public PersonRef person() {
    return tree.person();
  }

  public String id() {
    return Ids.format(person().contactId());
  }

  public String self() {
    return "/people/" + id() + "/introductions";
  }

  public String firstName() {
    return person().firstName();
  }

  public String link(PersonRef p) {
    return "/people/" + Ids.format(p.contactId());
  }

  public String when(Introduction i) {
    return Dates.shortWritten(i.occurredOn());
  }

  public String knowsPage(int page) {
    return self() + "?page=" + page + "#knows";
  }

  public String linkId(KnowsLink l) {
    return Ids.format(l.id());
  }

  public PersonRef other(KnowsLink l) {
    return l.otherThan(person().contactId());
  }
}

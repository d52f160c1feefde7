package app.rapport.introductions.web;

import app.rapport.introductions.IntroductionStatus;
import app.rapport.introductions.IntroductionTree;
import app.rapport.platform.db.Ids;
import java.util.List;

/**
 * A person's introduction tree: the introductions that led to them, first one first, and the people
 * they introduced, and whom those introduced, a few levels deep.
 */
public record IntroductionTreeJson(
    PersonJson person, List<IntroductionJson> above, NodeJson below) {

  /** A person in the tree and the introduction that brought them. */
  public record NodeJson(
      PersonJson person,
      String introductionId,
      IntroductionStatus status,
      List<NodeJson> children,
      long more,
      boolean repeated) {

    static NodeJson of(IntroductionTree.Node node) {
      return new NodeJson(
          PersonJson.of(node.person()),
          node.via() == null ? null : Ids.format(node.via().id()),
          node.via() == null ? null : node.via().status(),
          node.children().stream().map(NodeJson::of).toList(),
          node.more(),
          node.repeated());
    }
  }

  public static IntroductionTreeJson of(IntroductionTree tree) {
    return new IntroductionTreeJson(
        PersonJson.of(tree.person()),
        tree.above().stream().map(IntroductionJson::of).toList(),
        NodeJson.of(tree.below()));
  }
}

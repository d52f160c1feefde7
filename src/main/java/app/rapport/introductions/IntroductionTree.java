package app.rapport.introductions;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's place in the chains of introductions: how they came to the user (the introductions
 * above them, from the person the user knew first down to them) and whom they introduced the user
 * to, and whom those people introduced in turn (below them), a few levels deep.
 *
 * @param person whose tree it is
 * @param above the introductions that led to the person, the first one first; empty when the user
 *     knew them directly
 * @param below the person and, beneath them, the people they introduced
 */
public record IntroductionTree(PersonRef person, List<Introduction> above, Node below) {

  public IntroductionTree {
    above = List.copyOf(above);
  }

  /**
   * One person in the tree below.
   *
   * @param via the introduction that brought them (null for the tree's person)
   * @param more how many more people they introduced than the tree shows
   * @param repeated they appear higher up already (chains of introductions can loop), so their own
   *     introductions are not repeated here
   */
  public record Node(
      PersonRef person, Introduction via, List<Node> children, long more, boolean repeated) {

    public Node {
      children = List.copyOf(children);
    }

    /** The nodes of this subtree in reading order (depth first), this one first. */
    public List<Node> flatten() {
      List<Node> all = new ArrayList<>();
      collect(this, all);
      return all;
    }

    private static void collect(Node node, List<Node> into) {
      into.add(node);
      node.children().forEach(child -> collect(child, into));
    }
  }

  /** The person the chain above starts with: the one the user knew first. */
  public PersonRef root() {
    return above.isEmpty() ? person : above.get(0).introducer();
  }

  public boolean isEmpty() {
    return above.isEmpty() && below.children().isEmpty();
  }
}

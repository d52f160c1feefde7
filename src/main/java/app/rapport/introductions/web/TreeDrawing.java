package app.rapport.introductions.web;

import app.rapport.introductions.Introduction;
import app.rapport.introductions.IntroductionStatus;
import app.rapport.introductions.IntroductionTree;
import app.rapport.introductions.PersonRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An introduction tree laid out for drawing as SVG: one person per row, indented by how many
 * introductions they are from the user, with an elbow line from each person to those they
 * introduced. The page shows the same tree as a nested list; the drawing's title and description
 * say it in a sentence for those who cannot see it.
 */
public record TreeDrawing(
    List<Box> boxes, List<String> lines, int width, int height, String title, String description) {

  static final int ROW = 52;
  static final int INDENT = 44;
  static final int BOX_WIDTH = 300;
  static final int BOX_HEIGHT = 40;
  static final int MAX_LABEL = 34;

  /**
   * One person drawn: where, what it says, and how it looks ({@code you}, {@code self} for the
   * person whose tree it is, {@code removed}, or plain).
   */
  public record Box(int x, int y, String label, String kind) {

    public int textX() {
      return x + 12;
    }

    public int textY() {
      return y + 25;
    }

    public int width() {
      return BOX_WIDTH;
    }

    public int height() {
      return BOX_HEIGHT;
    }

    public String cssClass() {
      return "tree-box tree-" + kind;
    }
  }

  public static TreeDrawing of(IntroductionTree tree) {
    List<Box> boxes = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    boxes.add(new Box(8, 8, "You", "you"));
    int depth = 1;
    int parentRow = 0;
    for (Introduction introduction : tree.above()) {
      if (boxes.size() == 1) {
        addRow(boxes, lines, depth++, parentRow, introduction.introducer(), null, "plain");
        parentRow = boxes.size() - 1;
      }
      boolean self = introduction.introduced().contactId() == tree.person().contactId();
      addRow(
          boxes,
          lines,
          depth++,
          parentRow,
          introduction.introduced(),
          introduction.status(),
          self ? "self" : "plain");
      parentRow = boxes.size() - 1;
    }
    if (tree.above().isEmpty()) {
      addRow(boxes, lines, depth++, parentRow, tree.person(), null, "self");
      parentRow = boxes.size() - 1;
    }
    addChildren(boxes, lines, tree.below(), depth, parentRow);
    int maxX = boxes.stream().mapToInt(Box::x).max().orElse(0);
    int height = boxes.size() * ROW + 8;
    return new TreeDrawing(
        boxes,
        lines,
        maxX + BOX_WIDTH + 16,
        height,
        "Introduction tree for " + tree.person().fullName(),
        describe(tree));
  }

  private static void addChildren(
      List<Box> boxes, List<String> lines, IntroductionTree.Node node, int depth, int parentRow) {
    for (IntroductionTree.Node child : node.children()) {
      addRow(
          boxes,
          lines,
          depth,
          parentRow,
          child.person(),
          child.via() == null ? null : child.via().status(),
          child.person().removed() ? "removed" : "plain");
      addChildren(boxes, lines, child, depth + 1, boxes.size() - 1);
    }
    if (node.more() > 0) {
      addRow(boxes, lines, depth, parentRow, null, null, "more", "and " + node.more() + " more");
    }
  }

  private static void addRow(
      List<Box> boxes,
      List<String> lines,
      int depth,
      int parentRow,
      PersonRef person,
      IntroductionStatus status,
      String kind) {
    String label = person.fullName() + (person.removed() ? " (removed)" : "");
    if (status != null && status != IntroductionStatus.MADE) {
      label += " · " + status.label().toLowerCase(Locale.ROOT);
    }
    addRow(boxes, lines, depth, parentRow, person, status, kind, label);
  }

  private static void addRow(
      List<Box> boxes,
      List<String> lines,
      int depth,
      int parentRow,
      PersonRef person,
      IntroductionStatus status,
      String kind,
      String label) {
    int y = 8 + boxes.size() * ROW;
    int x = 8 + depth * INDENT;
    Box parent = boxes.get(parentRow);
    int fromX = parent.x() + 20;
    int fromY = parent.y() + BOX_HEIGHT;
    lines.add("M " + fromX + " " + fromY + " V " + (y + BOX_HEIGHT / 2) + " H " + x);
    boxes.add(new Box(x, y, shorten(label), kind));
  }

  private static String shorten(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
  }

  /** "You knew Carl Diaz first. Carl introduced you to Ana Ruiz. Ana introduced you to Bob." */
  static String describe(IntroductionTree tree) {
    StringBuilder text = new StringBuilder();
    PersonRef root = tree.root();
    text.append(
        tree.above().isEmpty()
            ? "You know " + root.fullName() + " directly."
            : "You knew " + root.fullName() + " first.");
    for (Introduction introduction : tree.above()) {
      text.append(" ").append(sentence(introduction.introducer(), List.of(introduction)));
    }
    appendBelow(text, tree.below());
    return text.toString();
  }

  private static void appendBelow(StringBuilder text, IntroductionTree.Node node) {
    if (node.children().isEmpty()) {
      return;
    }
    List<Introduction> made = node.children().stream().map(IntroductionTree.Node::via).toList();
    text.append(" ").append(sentence(node.person(), made));
    if (node.more() > 0) {
      text.append(" ").append(first(node.person())).append(" made ").append(node.more());
      text.append(" more not shown here.");
    }
    node.children().forEach(child -> appendBelow(text, child));
  }

  private static String sentence(PersonRef introducer, List<Introduction> made) {
    List<String> names = made.stream().map(i -> i.introduced().fullName()).toList();
    String joined =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    return first(introducer) + " introduced you to " + joined + ".";
  }

  private static String first(PersonRef person) {
    return person.firstName();
  }
}

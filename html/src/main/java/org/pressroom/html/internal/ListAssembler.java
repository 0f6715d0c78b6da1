package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.pressroom.html.Block;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;

/**
 * Builds a (possibly nested) list from items that arrive one by one with a level: Word's list
 * paragraphs ({@code mso-list:l0 level2}) and orphan {@code <li>}s. Levels are clamped to {@link
 * #MAX_LEVEL}.
 */
final class ListAssembler {
  static final int MAX_LEVEL = 9;

  private static final class MList {
    final boolean ordered;
    final List<MItem> items = new ArrayList<>();

    MList(boolean ordered) {
      this.ordered = ordered;
    }

    ListBlock build() {
      List<ListItem> out = new ArrayList<>(items.size());
      for (MItem item : items) {
        List<Block> blocks = new ArrayList<>(item.blocks);
        for (MList child : item.children) {
          blocks.add(child.build());
        }
        out.add(new ListItem(blocks));
      }
      return new ListBlock(ordered, out);
    }
  }

  private static final class MItem {
    final List<Block> blocks;
    final List<MList> children = new ArrayList<>();

    MItem(List<Block> blocks) {
      this.blocks = blocks;
    }
  }

  private final List<MList> stack = new ArrayList<>();
  private final MList root;

  ListAssembler(boolean ordered) {
    root = new MList(ordered);
    stack.add(root);
  }

  void add(int level, boolean ordered, List<Block> blocks) {
    int target = Math.max(1, Math.min(level, MAX_LEVEL));
    while (stack.size() > target) {
      stack.remove(stack.size() - 1);
    }
    while (stack.size() < target) {
      MList top = stack.get(stack.size() - 1);
      if (top.items.isEmpty()) {
        top.items.add(new MItem(List.of()));
      }
      MList child = new MList(ordered);
      top.items.get(top.items.size() - 1).children.add(child);
      stack.add(child);
    }
    stack.get(stack.size() - 1).items.add(new MItem(blocks));
  }

  ListBlock build() {
    return root.build();
  }
}

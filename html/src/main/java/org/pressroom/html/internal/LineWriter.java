package org.pressroom.html.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.Divider;

/**
 * The block walk of the renderers that write lines (text and Markdown): a run of blocks, a blank
 * line between two that write something (a block that writes nothing leaves no extra blank line),
 * and a divider as {@code ---}. Not thread-safe: one per render call.
 */
abstract class LineWriter implements Block.Visitor<Void> {
  final Lines lines;

  LineWriter(Lines lines) {
    this.lines = lines;
  }

  /**
   * Writes a run of blocks.
   *
   * @param blankBetween whether a blank line stands between two blocks that write something
   */
  final void blocks(List<Block> blocks, boolean blankBetween) {
    @Nullable Block previous = null;
    for (Block b : blocks) {
      if (previous != null && blankBetween) {
        lines.requestBlank();
      }
      long before = lines.count();
      block(b, previous);
      if (lines.count() != before) {
        previous = b;
      }
    }
  }

  /**
   * Writes one block of a run.
   *
   * @param previous the last block before it in the run that wrote something, or null
   */
  void block(Block b, @Nullable Block previous) {
    b.accept(this);
  }

  @Override
  public final Void visitDivider(Divider divider) {
    lines.text("---");
    return null;
  }
}

package org.pressroom.html;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The blocks under one heading, as {@link Body#sections()} groups them.
 *
 * @param heading the heading, or null for the blocks before the first heading
 * @param blocks the blocks after the heading up to the next heading, the heading itself not
 *     included
 */
public record Section(@Nullable Heading heading, List<Block> blocks) {
  /**
   * Copies the blocks.
   *
   * @param heading the heading, or null for the blocks before the first heading
   * @param blocks the blocks after the heading up to the next heading, the heading itself not
   *     included
   * @throws NullPointerException if {@code blocks} is or holds null
   */
  public Section {
    blocks = List.copyOf(blocks);
  }
}

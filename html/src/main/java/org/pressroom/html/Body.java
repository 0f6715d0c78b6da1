package org.pressroom.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.internal.Roles;
import org.pressroom.html.internal.Spaces;

/**
 * The body of a release as a typed document: its blocks, the dateline, every link and the issues
 * met while parsing.
 *
 * <p>Immutable and thread-safe. Made by {@link BodyParser}:
 *
 * <pre>{@code
 * Body body = BodyParser.create().parse(release);
 * for (Heading h : body.headings()) System.out.println(h.text());
 * }</pre>
 *
 * <p>To walk the whole tree, {@link #allBlocks()} and {@link #allInlines()} give every block and
 * every inline, nested ones included, in document order; {@link #headings()}, {@link #contacts()},
 * {@link #images()} and {@link #inlineImages()} pick one type out of them.
 *
 * @param blocks the top-level blocks, in document order
 * @param dateline the dateline of the lead paragraph, or null
 * @param links every link of the body, in document order (contact cards included)
 * @param issues what the parser noticed and worked around, at most {@link ParseOptions#maxIssues()}
 * @param roles the structure role of each top-level block, at the same index as in {@code blocks}
 */
public record Body(
    List<Block> blocks,
    @Nullable Dateline dateline,
    List<BodyLink> links,
    List<BodyIssue> issues,
    List<Role> roles) {
  /**
   * Copies the components.
   *
   * @param blocks the top-level blocks, in document order
   * @param dateline the dateline of the lead paragraph, or null
   * @param links every link of the body, in document order (contact cards included)
   * @param issues what the parser noticed and worked around, at most {@link
   *     ParseOptions#maxIssues()}
   * @param roles the structure role of each top-level block, at the same index as in {@code blocks}
   * @throws NullPointerException if a list is or holds null
   * @throws IllegalArgumentException if {@code roles} and {@code blocks} differ in size
   */
  public Body {
    blocks = List.copyOf(blocks);
    links = List.copyOf(links);
    issues = List.copyOf(issues);
    roles = List.copyOf(roles);
    if (roles.size() != blocks.size()) {
      throw new IllegalArgumentException(
          "roles must have one role per block: " + roles.size() + " for " + blocks.size());
    }
  }

  /**
   * Makes a body whose roles are inferred from the blocks and the dateline alone, as the parser
   * infers them, but without a release title to recognise repeated.
   *
   * @param blocks the top-level blocks, in document order
   * @param dateline the dateline of the lead paragraph, or null
   * @param links every link of the body, in document order (contact cards included)
   * @param issues what the parser noticed and worked around
   * @throws NullPointerException if a list is or holds null
   */
  public Body(
      List<Block> blocks,
      @Nullable Dateline dateline,
      List<BodyLink> links,
      List<BodyIssue> issues) {
    this(blocks, dateline, links, issues, Roles.of(List.copyOf(blocks), dateline, List.of()));
  }

  /** {@return an empty body} */
  public static Body empty() {
    return new Body(List.of(), null, List.of(), List.of(), List.of());
  }

  /**
   * {@return the role of the top-level block at this index}
   *
   * @param index the index in {@link #blocks()}
   * @throws IndexOutOfBoundsException if there is no block at {@code index}
   */
  public Role role(int index) {
    return roles.get(index);
  }

  /**
   * {@return the news without the rest: a body of the {@link Role#LEAD lead} and {@link Role#BODY
   * body} blocks only}, with the same dateline and issues and the links of the blocks kept. What a
   * search index or a summariser wants.
   *
   * <pre>{@code
   * String news = BodyRenderer.markdown().render(body.main());
   * }</pre>
   */
  public Body main() {
    List<Block> kept = new ArrayList<>(blocks.size());
    List<Role> keptRoles = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      if (roles.get(i).isMain()) {
        kept.add(blocks.get(i));
        keptRoles.add(roles.get(i));
      }
    }
    if (kept.size() == blocks.size()) {
      return this;
    }
    Map<String, Integer> hrefs = new HashMap<>();
    Texts.countLinks(kept, hrefs);
    List<BodyLink> keptLinks = new ArrayList<>();
    for (BodyLink link : links) {
      Integer left = hrefs.get(link.href());
      if (left != null && left > 0) {
        hrefs.put(link.href(), left - 1);
        keptLinks.add(link);
      }
    }
    return new Body(kept, dateline, keptLinks, issues, keptRoles);
  }

  /**
   * {@return the plain text of the news: the {@link Role#LEAD lead} and {@link Role#BODY body}
   * blocks' texts, non-empty ones, joined by {@code \n}}
   */
  public String mainText() {
    List<String> parts = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      if (roles.get(i).isMain()) {
        parts.add(blocks.get(i).text());
      }
    }
    return Texts.joinLines(parts);
  }

  // Traversal: every block and inline of the tree, and the common picks from them.

  /**
   * {@return every block of the body in document order, nested ones included}: each block comes
   * before the blocks it holds (list items', quotes' and table cells' blocks, a table row by row)
   *
   * <pre>{@code
   * long tables = body.allBlocks().filter(b -> b instanceof Table).count();
   * }</pre>
   */
  public Stream<Block> allBlocks() {
    return preorder(blocks).stream();
  }

  /**
   * {@return every inline of the body in document order, nested ones included}: the content of
   * every paragraph and heading at any depth, each link followed by the inlines it holds
   *
   * <pre>{@code
   * List<String> alts = body.allInlines()
   *     .filter(i -> i instanceof InlineImage)
   *     .map(i -> ((InlineImage) i).alt())
   *     .toList();
   * }</pre>
   */
  public Stream<Inline> allInlines() {
    List<Inline> out = new ArrayList<>();
    for (Block b : preorder(blocks)) {
      if (b instanceof Paragraph paragraph) {
        addInlines(paragraph.content(), out);
      } else if (b instanceof Heading heading) {
        addInlines(heading.content(), out);
      }
    }
    return out.stream();
  }

  /** {@return every heading, nested ones included, in document order: the outline} */
  public List<Heading> headings() {
    return pick(Heading.class);
  }

  /** {@return every contact block, nested ones included, in document order} */
  public List<ContactBlock> contacts() {
    return pick(ContactBlock.class);
  }

  /**
   * {@return every image block, nested ones included, in document order}; images inside a
   * paragraph's text are {@link #inlineImages()}
   */
  public List<Image> images() {
    return pick(Image.class);
  }

  /**
   * {@return every image inside text (a paragraph's, a heading's or a link's), in document order};
   * image blocks are {@link #images()}
   */
  public List<InlineImage> inlineImages() {
    return allInlines().filter(InlineImage.class::isInstance).map(InlineImage.class::cast).toList();
  }

  private <T extends Block> List<T> pick(Class<T> type) {
    return allBlocks().filter(type::isInstance).map(type::cast).toList();
  }

  /** Depth-first with an explicit stack, so that deep nesting cannot overflow the call stack. */
  private static List<Block> preorder(List<Block> roots) {
    List<Block> out = new ArrayList<>();
    Deque<Iterator<Block>> stack = new ArrayDeque<>();
    stack.push(roots.iterator());
    while (!stack.isEmpty()) {
      Iterator<Block> level = stack.peek();
      if (!level.hasNext()) {
        stack.pop();
        continue;
      }
      Block b = level.next();
      out.add(b);
      List<Block> children = children(b);
      if (!children.isEmpty()) {
        stack.push(children.iterator());
      }
    }
    return out;
  }

  private static List<Block> children(Block b) {
    List<Block> out = new ArrayList<>();
    if (b instanceof ListBlock list) {
      for (ListItem item : list.items()) {
        out.addAll(item.blocks());
      }
    } else if (b instanceof Quote quote) {
      out.addAll(quote.blocks());
    } else if (b instanceof Table table) {
      for (List<TableCell> row : table.rows()) {
        for (TableCell cell : row) {
          out.addAll(cell.blocks());
        }
      }
    }
    return out;
  }

  private static void addInlines(List<Inline> inlines, List<Inline> out) {
    Deque<Iterator<Inline>> stack = new ArrayDeque<>();
    stack.push(inlines.iterator());
    while (!stack.isEmpty()) {
      Iterator<Inline> level = stack.peek();
      if (!level.hasNext()) {
        stack.pop();
        continue;
      }
      Inline i = level.next();
      out.add(i);
      if (i instanceof Link link && !link.content().isEmpty()) {
        stack.push(link.content().iterator());
      }
    }
  }

  /**
   * {@return the top-level blocks grouped under their headings; blocks before the first heading
   * have none}
   */
  public List<Section> sections() {
    List<Section> out = new ArrayList<>();
    Heading current = null;
    List<Block> run = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Heading heading) {
        if (current != null || !run.isEmpty()) {
          out.add(new Section(current, run));
        }
        current = heading;
        run = new ArrayList<>();
      } else {
        run.add(b);
      }
    }
    if (current != null || !run.isEmpty()) {
      out.add(new Section(current, run));
    }
    return out;
  }

  /**
   * {@return the plain text of the body: the blocks' texts, non-empty ones, joined by {@code \n}}
   */
  public String text() {
    List<String> parts = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      parts.add(b.text());
    }
    return Texts.joinLines(parts);
  }

  /** {@return the number of words of {@link #text()}, a word being what whitespace separates} */
  public int wordCount() {
    String text = text();
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = text.charAt(i) == '\n' || Spaces.isSpace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}

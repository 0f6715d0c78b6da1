package org.pressroom.html;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
 * @param blocks the top-level blocks, in document order
 * @param dateline the dateline of the lead paragraph, or null
 * @param links every link of the body, in document order (contact cards included)
 * @param issues what the parser noticed and worked around, at most {@link ParseOptions#maxIssues()}
 */
public record Body(
    List<Block> blocks, @Nullable Dateline dateline, List<BodyLink> links, List<BodyIssue> issues) {
  /**
   * Copies the components.
   *
   * @param blocks the top-level blocks, in document order
   * @param dateline the dateline of the lead paragraph, or null
   * @param links every link of the body, in document order (contact cards included)
   * @param issues what the parser noticed and worked around, at most {@link
   *     ParseOptions#maxIssues()}
   * @throws NullPointerException if a list is or holds null
   */
  public Body {
    blocks = List.copyOf(blocks);
    links = List.copyOf(links);
    issues = List.copyOf(issues);
  }

  /** {@return an empty body} */
  public static Body empty() {
    return new Body(List.of(), null, List.of(), List.of());
  }

  /** {@return every heading, nested ones included, in document order: the outline} */
  public List<Heading> headings() {
    List<Heading> out = new ArrayList<>();
    collect(blocks, Heading.class, out);
    return out;
  }

  /** {@return every contact block, nested ones included, in document order} */
  public List<ContactBlock> contacts() {
    List<ContactBlock> out = new ArrayList<>();
    collect(blocks, ContactBlock.class, out);
    return out;
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
      if (b instanceof Heading) {
        if (current != null || !run.isEmpty()) {
          out.add(new Section(current, run));
        }
        current = (Heading) b;
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

  private static <T extends Block> void collect(List<Block> blocks, Class<T> type, List<T> out) {
    for (Block b : blocks) {
      if (type.isInstance(b)) {
        out.add(type.cast(b));
      }
      if (b instanceof ListBlock) {
        for (ListItem item : ((ListBlock) b).items()) {
          collect(item.blocks(), type, out);
        }
      } else if (b instanceof Quote) {
        collect(((Quote) b).blocks(), type, out);
      } else if (b instanceof Table) {
        for (List<TableCell> row : ((Table) b).rows()) {
          for (TableCell cell : row) {
            collect(cell.blocks(), type, out);
          }
        }
      }
    }
  }
}

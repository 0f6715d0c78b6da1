package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.pressroom.html.Block;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;

/**
 * Reads tables and figures for one {@link BodyWalker}: a data table's cells with their spans; a
 * layout table (one column, or one cell per row holding paragraphs) as its blocks; a figure as an
 * image with its caption. Not thread-safe: one per walker.
 */
final class Tables {
  /** The largest {@code colspan} HTML honours. */
  private static final int MAX_COLSPAN = 1000;

  /** The largest {@code rowspan} HTML honours. */
  private static final int MAX_ROWSPAN = 65534;

  private final BodyWalker walker;

  Tables(BodyWalker walker) {
    this.walker = walker;
  }

  /** Reads a {@code table} into the sink: a table block, or its blocks when it lays out text. */
  void table(Element table, BlockSink sink, int marks, int depth) {
    sink.flush();
    List<List<TableCell>> rows = new ArrayList<>();
    boolean content = false;
    for (Element part : table.children()) {
      String name = part.normalName();
      if (name.equals("tr")) {
        content |= row(part, rows, marks, depth + 1);
      } else if (isSection(name)) {
        for (Element tr : part.children()) {
          if (tr.normalName().equals("tr")) {
            content |= row(tr, rows, marks, depth + 2);
          } else {
            walker.element(tr, sink, marks, depth + 2);
          }
        }
      } else {
        walker.element(part, sink, marks, depth + 1); // caption, stray content: blocks before it
      }
    }
    if (!content) {
      return;
    }
    if (isLayout(rows)) {
      for (List<TableCell> row : rows) {
        for (TableCell cell : row) {
          for (Block b : cell.blocks()) {
            sink.add(asBlock(b, sink.infersHeadings()));
          }
        }
      }
      return;
    }
    sink.add(new Table(rows));
  }

  private static boolean isSection(String name) {
    return name.equals("thead") || name.equals("tbody") || name.equals("tfoot");
  }

  /**
   * {@return whether the rows lay out text rather than hold data}: no header cell, one cell at most
   * with blocks in each row (one column, or one cell per row), and text in them: a cell of two
   * blocks or more, or a paragraph of at least {@value #PROSE_WORDS} words
   */
  private static boolean isLayout(List<List<TableCell>> rows) {
    boolean text = false;
    for (List<TableCell> row : rows) {
      TableCell full = null;
      for (TableCell cell : row) {
        if (cell.header()) {
          return false;
        }
        if (!cell.blocks().isEmpty()) {
          if (full != null) {
            return false;
          }
          full = cell;
        }
      }
      if (full != null && !text) {
        text = full.blocks().size() > 1;
        for (Block b : full.blocks()) {
          text |=
              BlockType.of(b) == BlockType.PARAGRAPH
                  && Spaces.words(b.text(), PROSE_WORDS) >= PROSE_WORDS;
        }
      }
    }
    return text;
  }

  /** The fewest words of a paragraph that makes a one-column table a layout. */
  private static final int PROSE_WORDS = 8;

  /** A layout cell's block as a block of the body: a bold paragraph there is a heading too. */
  private static Block asBlock(Block b, boolean inferHeadings) {
    if (inferHeadings && b instanceof Paragraph p) {
      String text = p.text();
      if (!text.isEmpty() && Headings.reads(p.content(), text)) {
        return new Heading(2, true, Headings.unmarked(p.content()));
      }
    }
    return b;
  }

  private static int cellMarks(Element cell, int marks) {
    String style = cell.attr("style");
    return style.isEmpty() ? marks : Marks.applyStyle(marks, style);
  }

  private boolean row(Element tr, List<List<TableCell>> rows, int marks, int depth) {
    List<TableCell> cells = new ArrayList<>();
    boolean content = false;
    for (Element cell : tr.children()) {
      String name = cell.normalName();
      if (name.equals("td") || name.equals("th")) {
        BlockSink sink = new BlockSink(false);
        walker.walkChildren(cell, sink, cellMarks(cell, marks), depth + 1);
        List<Block> blocks = sink.finish();
        content |= !blocks.isEmpty();
        cells.add(
            new TableCell(
                name.equals("th"),
                blocks,
                span(cell.attr("colspan"), MAX_COLSPAN),
                span(cell.attr("rowspan"), MAX_ROWSPAN)));
      }
    }
    if (!cells.isEmpty()) {
      rows.add(cells);
    }
    return content;
  }

  /**
   * {@return a span attribute's value as HTML reads it}: its leading digits, 1 when there are none
   * or they are 0, at most {@code max}
   */
  static int span(String value, int max) {
    int n = 0;
    int i = 0;
    String v = value.trim();
    while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      n = Math.min(max, n * 10 + (v.charAt(i) - '0'));
      i++;
    }
    return Math.max(1, n);
  }

  /** Reads a {@code figure}: an image with its {@code figcaption}, or else its blocks. */
  void figure(Element figure, BlockSink sink, int marks, int depth, boolean inferHeadings) {
    sink.flush();
    BlockSink inner = new BlockSink(inferHeadings);
    BlockSink caption = new BlockSink(false);
    for (Node child = figure.firstChild(); child != null; child = child.nextSibling()) {
      if (child instanceof Element figcaption && figcaption.nameIs("figcaption")) {
        walker.walkChildren(figcaption, caption, marks, depth + 1);
        caption.flush();
      } else {
        walker.walkNode(child, inner, marks, depth + 1);
      }
    }
    List<Block> blocks = inner.finish();
    List<Block> captionBlocks = caption.finish();
    List<String> texts = new ArrayList<>();
    for (Block b : captionBlocks) {
      texts.add(b.text());
    }
    String captionText = String.join("\n", texts);
    if (blocks.size() == 1 && blocks.get(0) instanceof Image image) {
      sink.add(
          new Image(
              image.src(), image.alt(), captionText.isEmpty() ? null : captionText, image.link()));
      return;
    }
    for (Block b : blocks) {
      sink.add(b);
    }
    for (Block b : captionBlocks) {
      sink.add(b);
    }
  }
}

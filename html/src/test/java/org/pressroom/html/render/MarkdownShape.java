package org.pressroom.html.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.pressroom.html.Block;
import org.pressroom.html.Divider;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Link;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Text;

/**
 * One notation for the structure of a body model and of a CommonMark document, so a round-trip test
 * can compare them: block types and order, heading levels, list kinds and item counts, images,
 * code; and for inline content the text character by character with its bold, italic, code and link
 * (whitespace collapsed as a block's text is, a space taking the attributes of the character before
 * it). Only for the block types Markdown keeps as such.
 */
final class MarkdownShape {
  private MarkdownShape() {}

  // ---- the model ----

  static String of(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      block(b, sb);
    }
    return sb.toString();
  }

  private static void block(Block b, StringBuilder sb) {
    if (b instanceof Paragraph) {
      sb.append("p[").append(runs(modelChars(((Paragraph) b).content()))).append("]\n");
    } else if (b instanceof Heading) {
      Heading h = (Heading) b;
      sb.append('h')
          .append(h.level())
          .append('[')
          .append(runs(modelChars(h.content())))
          .append("]\n");
    } else if (b instanceof ListBlock) {
      ListBlock l = (ListBlock) b;
      sb.append(l.ordered() ? "ol{\n" : "ul{\n");
      for (ListItem item : l.items()) {
        sb.append("li{\n").append(of(item.blocks())).append("}\n");
      }
      sb.append("}\n");
    } else if (b instanceof Quote) {
      sb.append("quote{\n").append(of(((Quote) b).blocks())).append("}\n");
    } else if (b instanceof Divider) {
      sb.append("hr\n");
    } else if (b instanceof Image) {
      Image i = (Image) b;
      sb.append("img(")
          .append(i.src())
          .append(", ")
          .append(i.alt())
          .append(", ")
          .append(i.caption());
      sb.append(", ").append(i.link()).append(")\n");
    } else if (b instanceof Preformatted) {
      sb.append("code(").append(((Preformatted) b).text()).append(")\n");
    } else {
      throw new IllegalArgumentException("no Markdown shape for " + b);
    }
  }

  /** A character with its attributes: b bold, i italic, c code, and the link href. */
  record Ch(char c, String attrs) {}

  private static List<Ch> modelChars(List<Inline> content) {
    List<Ch> out = new ArrayList<>();
    modelChars(content, null, out);
    return out;
  }

  private static void modelChars(List<Inline> content, String href, List<Ch> out) {
    for (Inline i : content) {
      if (i instanceof Text) {
        Text t = (Text) i;
        String a =
            (t.has(Mark.BOLD) ? "b" : "")
                + (t.has(Mark.ITALIC) ? "i" : "")
                + (t.has(Mark.CODE) ? "c" : "")
                + (href == null ? "" : "@" + href);
        for (char c : t.text().toCharArray()) {
          out.add(new Ch(c, a));
        }
      } else if (i instanceof Link) {
        Link l = (Link) i;
        modelChars(l.content(), href == null ? l.href() : href, out);
      } else if (i instanceof LineBreak) {
        out.add(new Ch('\n', ""));
      } else if (i instanceof InlineImage) {
        InlineImage im = (InlineImage) i;
        out.add(new Ch('\u0001', "img " + im.src() + " " + im.alt()));
      }
    }
  }

  /** Collapses whitespace as a block's text does, then groups characters by attributes. */
  static String runs(List<Ch> chars) {
    List<Ch> collapsed = new ArrayList<>();
    boolean space = false;
    int newlines = 0;
    for (Ch ch : chars) {
      char c = ch.c();
      if (c == '\n') {
        newlines++;
        space = false;
      } else if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\r') {
        if (newlines == 0) {
          space = true;
        }
      } else {
        if (!collapsed.isEmpty()) {
          String prev = collapsed.get(collapsed.size() - 1).attrs();
          if (newlines > 0) {
            for (int k = 0; k < newlines; k++) {
              collapsed.add(new Ch('\n', ""));
            }
          } else if (space) {
            collapsed.add(new Ch(' ', prev));
          }
        }
        newlines = 0;
        space = false;
        collapsed.add(ch);
      }
    }
    StringBuilder sb = new StringBuilder();
    String attrs = null;
    for (Ch ch : collapsed) {
      if (ch.c() == '\u0001') {
        sb.append("<").append(ch.attrs()).append(">");
        attrs = null;
        continue;
      }
      if (!ch.attrs().equals(attrs)) {
        sb.append('{').append(ch.attrs()).append('}');
        attrs = ch.attrs();
      }
      sb.append(ch.c());
    }
    return sb.toString();
  }

  // ---- CommonMark ----

  static String ofMarkdown(Node document) {
    StringBuilder sb = new StringBuilder();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      markdownBlock(n, sb);
    }
    return sb.toString();
  }

  private static void markdownBlock(Node n, StringBuilder sb) {
    if (n instanceof org.commonmark.node.Paragraph) {
      Node only = n.getFirstChild();
      if (only != null && only.getNext() == null && only instanceof org.commonmark.node.Image) {
        image((org.commonmark.node.Image) only, null, sb);
        return;
      }
      if (only != null
          && only.getNext() == null
          && only instanceof org.commonmark.node.Link
          && only.getFirstChild() instanceof org.commonmark.node.Image
          && only.getFirstChild().getNext() == null) {
        image(
            (org.commonmark.node.Image) only.getFirstChild(),
            ((org.commonmark.node.Link) only).getDestination(),
            sb);
        return;
      }
      sb.append("p[").append(runs(markdownChars(n))).append("]\n");
    } else if (n instanceof org.commonmark.node.Heading) {
      sb.append('h')
          .append(((org.commonmark.node.Heading) n).getLevel())
          .append('[')
          .append(runs(markdownChars(n)))
          .append("]\n");
    } else if (n instanceof BulletList || n instanceof OrderedList) {
      sb.append(n instanceof OrderedList ? "ol{\n" : "ul{\n");
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        sb.append("li{\n").append(ofMarkdown(item)).append("}\n");
      }
      sb.append("}\n");
    } else if (n instanceof BlockQuote) {
      sb.append("quote{\n").append(ofMarkdown(n)).append("}\n");
    } else if (n instanceof ThematicBreak) {
      sb.append("hr\n");
    } else if (n instanceof FencedCodeBlock) {
      String literal = ((FencedCodeBlock) n).getLiteral();
      sb.append("code(").append(literal, 0, Math.max(0, literal.length() - 1)).append(")\n");
    } else {
      sb.append("UNEXPECTED ").append(n).append('\n');
    }
  }

  private static void image(org.commonmark.node.Image image, String link, StringBuilder sb) {
    StringBuilder alt = new StringBuilder();
    for (Ch ch : markdownChars(image)) {
      alt.append(ch.c());
    }
    sb.append("img(").append(image.getDestination()).append(", ").append(alt).append(", ");
    sb.append(image.getTitle() == null || image.getTitle().isEmpty() ? null : image.getTitle());
    sb.append(", ").append(link).append(")\n");
  }

  private static List<Ch> markdownChars(Node parent) {
    List<Ch> out = new ArrayList<>();
    markdownChars(parent, Set.of(), null, out);
    return out;
  }

  private static void markdownChars(Node parent, Set<String> marks, String href, List<Ch> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      String a =
          (marks.contains("b") ? "b" : "")
              + (marks.contains("i") ? "i" : "")
              + (href == null ? "" : "@" + href);
      if (n instanceof org.commonmark.node.Text) {
        for (char c : ((org.commonmark.node.Text) n).getLiteral().toCharArray()) {
          out.add(new Ch(c, a));
        }
      } else if (n instanceof Code) {
        String ac =
            (marks.contains("b") ? "b" : "")
                + (marks.contains("i") ? "i" : "")
                + "c"
                + (href == null ? "" : "@" + href);
        for (char c : ((Code) n).getLiteral().toCharArray()) {
          out.add(new Ch(c, ac));
        }
      } else if (n instanceof SoftLineBreak) {
        out.add(new Ch(' ', a));
      } else if (n instanceof HardLineBreak) {
        out.add(new Ch('\n', ""));
      } else if (n instanceof StrongEmphasis) {
        markdownChars(n, plus(marks, "b"), href, out);
      } else if (n instanceof Emphasis) {
        markdownChars(n, plus(marks, "i"), href, out);
      } else if (n instanceof org.commonmark.node.Link) {
        markdownChars(n, marks, ((org.commonmark.node.Link) n).getDestination(), out);
      } else if (n instanceof org.commonmark.node.Image) {
        org.commonmark.node.Image im = (org.commonmark.node.Image) n;
        StringBuilder alt = new StringBuilder();
        for (Ch ch : markdownChars(im)) {
          alt.append(ch.c());
        }
        out.add(new Ch('\u0001', "img " + im.getDestination() + " " + alt));
      } else {
        out.add(new Ch('?', "UNEXPECTED " + n));
      }
    }
  }

  private static Set<String> plus(Set<String> marks, String m) {
    java.util.HashSet<String> s = new java.util.HashSet<>(marks);
    s.add(m);
    return s;
  }
}

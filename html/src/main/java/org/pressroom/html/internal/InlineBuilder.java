package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Link;
import org.pressroom.html.LinkKind;
import org.pressroom.html.Text;

/**
 * The inline content of the paragraph being built. Whitespace is collapsed as it arrives (a space
 * is written only when a visible character follows on the same line), runs with the same marks
 * merge, and {@code <br>}s are counted so that two or more in a row split the paragraph instead of
 * breaking the line.
 */
final class InlineBuilder {
  private static final LineBreak BREAK = new LineBreak();
  private static final char SOFT_HYPHEN = '\u00AD';

  // What the text written so far ends with (see tail).
  private static final int AT_START = 0;
  private static final int AFTER_VISIBLE = 1;
  private static final int AFTER_SPACE = 2;
  private static final int AFTER_BREAK = 3;

  /**
   * A link being built; it survives paragraph splits (each piece of the paragraph gets its own
   * {@link Link}).
   */
  static final class OpenLink {
    final String href;
    final LinkKind kind;
    final @Nullable String target;
    final @Nullable String rel;
    final int index;
    final StringBuilder allText = new StringBuilder();

    OpenLink(String href, LinkKind kind, @Nullable String target, @Nullable String rel, int index) {
      this.href = href;
      this.kind = kind;
      this.target = target;
      this.rel = rel;
      this.index = index;
    }
  }

  /**
   * Text with the same marks. Most runs get one stretch of one text node: that string is kept as it
   * is, and a builder is made only when a second piece arrives.
   */
  private static final class Run {
    final int marks;
    private String first = "";
    private @Nullable StringBuilder more;

    Run(int marks) {
      this.marks = marks;
    }

    void append(String s, int from, int to) {
      StringBuilder sb = more;
      if (sb != null) {
        sb.append(s, from, to);
      } else if (first.isEmpty()) {
        first = from == 0 && to == s.length() ? s : s.substring(from, to);
      } else {
        sb = new StringBuilder(first.length() + (to - from) + 16);
        more = sb.append(first).append(s, from, to);
      }
    }

    @Override
    public String toString() {
      StringBuilder sb = more;
      return sb == null ? first : sb.toString();
    }
  }

  private static final class Frame {
    final @Nullable OpenLink link;
    final List<Object> items = new ArrayList<>();

    Frame(@Nullable OpenLink link) {
      this.link = link;
    }
  }

  /** Called when two or more {@code <br>} in a row ask for a new paragraph. */
  interface Splitter {
    void split();
  }

  private final Splitter splitter;
  private final List<Frame> frames = new ArrayList<>();
  private boolean pendingSpace;
  private int pendingSpaceMarks;
  private boolean lineStart = true;
  private int pendingBreaks;
  private boolean visible;

  // What the text written since the last take (the content's texts in order) ends with, and whether
  // it is still as the model's collapsing leaves a text: no space or line break at either end, each
  // space a lone ' ' between visible characters, no space next to a line break. Only ' ', '\n' and
  // visible stretches are ever written, and images add no text.
  private int tail = AT_START;
  private boolean collapsed = true;

  /** How many characters were written since the last take. */
  private int written;

  /** The block text of the last take's content, when it was written collapsed; else null. */
  private @Nullable String tookText;

  InlineBuilder(Splitter splitter) {
    this.splitter = splitter;
    frames.add(new Frame(null));
  }

  /**
   * {@return whether anything visible (text other than whitespace, an image) was added since the
   * last take}
   */
  boolean hasVisible() {
    return visible;
  }

  /**
   * {@return the block text of the content the last {@link #take} gave, when it was written
   * collapsed already (its inlines' texts concatenated, which is then what collapsing them gives);
   * else null}
   */
  @Nullable String tookText() {
    return tookText;
  }

  /**
   * Adds the text of a text node with these marks. Whitespace becomes a pending space; each visible
   * stretch is copied at once.
   */
  void text(String s, int marks) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!isVisible(c)) {
        // '\n' or a space; a soft hyphen is dropped: words stay whole for search and counting
        if (c != SOFT_HYPHEN && !pendingSpace) {
          pendingSpace = true;
          pendingSpaceMarks = marks;
        }
        continue;
      }
      Run run = settle(marks);
      // Copy the visible stretch at once, words and the lone spaces between them included: inside
      // one text, a lone space between visible characters is exactly what settling it would write
      // (same marks, same run, same links).
      int start = i;
      int j = i + 1;
      while (j < n) {
        char d = s.charAt(j);
        if (d > ' ' && d < '\u007F') {
          j++; // the common case: printable ASCII
        } else if (d == ' ') {
          if (j + 1 < n && isVisible(s.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        } else if (isVisible(d)) {
          j++;
        } else {
          break;
        }
      }
      run.append(s, start, j);
      appendToLinks(s, start, j);
      written += j - start;
      tail = AFTER_VISIBLE; // a stretch starts and ends visible, its spaces are lone
      i = j - 1;
    }
  }

  private static boolean isVisible(char c) {
    if (c > ' ' && c < '\u007F') {
      return true; // the common case: printable ASCII
    }
    return c != '\n' && c != SOFT_HYPHEN && !Spaces.isSpace(c);
  }

  void lineBreak() {
    pendingBreaks++;
    pendingSpace = false;
  }

  void image(InlineImage image) {
    resolveBreaks();
    if (pendingSpace && !lineStart) {
      settleSpace();
    }
    pendingSpace = false;
    top().items.add(image);
    lineStart = false;
    visible = true;
    // An image separates the words around it, as on screen.
    pendingSpace = true;
    pendingSpaceMarks = 0;
  }

  void openLink(OpenLink link) {
    if (pendingBreaks == 0 && pendingSpace && !lineStart) {
      // The space before a link belongs outside it.
      settleSpace();
    }
    frames.add(new Frame(link));
  }

  /** Closes the innermost link and {@return it}, to read its collected text. */
  OpenLink closeLink() {
    Frame frame = frames.remove(frames.size() - 1);
    OpenLink link = frame.link;
    if (link == null) {
      throw new IllegalStateException("no open link");
    }
    if (!frame.items.isEmpty()) {
      top().items.add(toLink(frame));
    }
    return link;
  }

  /**
   * Takes the content built so far as inlines and starts afresh, keeping the open links open (a
   * paragraph split inside a link gives each piece its own link).
   */
  List<Inline> take() {
    for (int k = frames.size() - 1; k > 0; k--) {
      Frame frame = frames.get(k);
      if (!frame.items.isEmpty()) {
        frames.get(k - 1).items.add(toLink(frame));
      }
    }
    List<Inline> out = toInlines(frames.get(0).items);
    for (Frame frame : frames) {
      frame.items.clear(); // their content now lives in immutable records
      if (frame.link != null) {
        frame.link.allText.append(' '); // a link's pieces in two paragraphs are two words apart
      }
    }
    pendingSpace = false;
    pendingBreaks = 0;
    lineStart = true;
    visible = false;
    boolean wasCollapsed = collapsed && (tail == AT_START || tail == AFTER_VISIBLE);
    tookText = wasCollapsed ? plainText(out, written) : null;
    collapsed = true;
    tail = AT_START;
    written = 0;
    return out;
  }

  private Run settle(int marks) {
    resolveBreaks();
    if (pendingSpace) {
      pendingSpace = false;
      if (!lineStart) {
        writeSpace();
      }
    }
    lineStart = false;
    visible = true;
    return runFor(marks);
  }

  private void settleSpace() {
    pendingSpace = false;
    writeSpace();
  }

  private void writeSpace() {
    runFor(pendingSpaceMarks).append(" ", 0, 1);
    appendToLinks(" ", 0, 1);
    collapsed &= tail == AFTER_VISIBLE;
    tail = AFTER_SPACE;
    written++;
  }

  private void resolveBreaks() {
    if (pendingBreaks == 0) {
      return;
    }
    int breaks = pendingBreaks;
    pendingBreaks = 0;
    if (breaks == 1) {
      if (!lineStart) {
        top().items.add(BREAK);
        appendToLinks("\n", 0, 1);
        collapsed &= tail == AFTER_VISIBLE || tail == AFTER_BREAK;
        tail = AFTER_BREAK;
        written++;
      }
    } else {
      splitter.split();
    }
    lineStart = true;
    pendingSpace = false;
  }

  private Run runFor(int marks) {
    List<Object> items = top().items;
    if (!items.isEmpty()) {
      Object last = items.get(items.size() - 1);
      if (last instanceof Run run && run.marks == marks) {
        return run;
      }
    }
    Run run = new Run(marks);
    items.add(run);
    return run;
  }

  private void appendToLinks(String s, int from, int to) {
    for (int k = 1; k < frames.size(); k++) { // none but the root frame, outside links
      OpenLink link = frames.get(k).link;
      if (link != null) {
        link.allText.append(s, from, to);
      }
    }
  }

  private Frame top() {
    return frames.get(frames.size() - 1);
  }

  private static Link toLink(Frame frame) {
    OpenLink l = frame.link;
    if (l == null) {
      throw new IllegalStateException("root frame is no link");
    }
    return new Link(l.href, l.kind, toInlines(frame.items), l.target, l.rel);
  }

  /** {@return the texts of the inlines concatenated}, {@code length} characters in all */
  private static String plainText(List<Inline> content, int length) {
    if (content.isEmpty()) {
      return "";
    }
    if (content.size() == 1) {
      return content.get(0).text();
    }
    StringBuilder sb = new StringBuilder(length);
    for (Inline inline : content) {
      sb.append(inline.text());
    }
    return sb.toString();
  }

  private static List<Inline> toInlines(List<Object> items) {
    if (items.isEmpty()) {
      return List.of(); // the flush before each paragraph
    }
    if (items.size() == 1) {
      // most paragraphs and links: one immutable list, which the record keeps instead of copying
      Object o = items.get(0);
      return List.of(o instanceof Run run ? toText(run) : (Inline) o);
    }
    List<Inline> out = new ArrayList<>(items.size());
    Run prev = null; // the run the last inline came from, if it is a text
    for (Object o : items) {
      if (o instanceof Run r) {
        if (prev != null && prev.marks == r.marks) {
          Text last = (Text) out.get(out.size() - 1);
          out.set(out.size() - 1, new Text(last.text() + r, Marks.set(r.marks)));
        } else {
          out.add(toText(r));
        }
        prev = r;
      } else {
        out.add((Inline) o);
        prev = null;
      }
    }
    return out;
  }

  private static Text toText(Run run) {
    return new Text(run.toString(), Marks.set(run.marks));
  }
}

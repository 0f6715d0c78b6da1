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

  private static final class Run {
    final int marks;
    final StringBuilder text = new StringBuilder();

    Run(int marks) {
      this.marks = marks;
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

  void text(CharSequence s, int marks) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n' || Spaces.isSpace(c)) {
        if (!pendingSpace) {
          pendingSpace = true;
          pendingSpaceMarks = marks;
        }
        continue;
      }
      if (c == SOFT_HYPHEN) {
        continue; // invisible; dropping it keeps words whole for search and counting
      }
      Run run = settle(marks);
      // Copy the visible stretch at once, words and the lone spaces between them included: inside
      // one text, a lone
      // space between visible characters is exactly what settling it would write (same marks, same
      // run, same links).
      int start = i;
      int j = i + 1;
      while (true) {
        while (j < n && isVisible(s.charAt(j))) {
          j++;
        }
        if (j + 1 < n && s.charAt(j) == ' ' && isVisible(s.charAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      run.text.append(s, start, j);
      appendToLinks(s, start, j);
      i = j - 1;
    }
  }

  private static boolean isVisible(char c) {
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
    return out;
  }

  private Run settle(int marks) {
    resolveBreaks();
    if (pendingSpace) {
      pendingSpace = false;
      if (!lineStart) {
        Run space = runFor(pendingSpaceMarks);
        space.text.append(' ');
        appendToLinks(" ", 0, 1);
      }
    }
    lineStart = false;
    visible = true;
    return runFor(marks);
  }

  private void settleSpace() {
    pendingSpace = false;
    runFor(pendingSpaceMarks).text.append(' ');
    appendToLinks(" ", 0, 1);
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
      if (last instanceof Run && ((Run) last).marks == marks) {
        return (Run) last;
      }
    }
    Run run = new Run(marks);
    items.add(run);
    return run;
  }

  private void appendToLinks(CharSequence s, int from, int to) {
    for (int k = 1; k < frames.size(); k++) {
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

  private static List<Inline> toInlines(List<Object> items) {
    List<Inline> out = new ArrayList<>(items.size());
    for (Object o : items) {
      if (o instanceof Run) {
        Run r = (Run) o;
        Inline prev = out.isEmpty() ? null : out.get(out.size() - 1);
        if (prev instanceof Text && Marks.bits(((Text) prev).marks()) == r.marks) {
          out.set(out.size() - 1, new Text(((Text) prev).text() + r.text, Marks.set(r.marks)));
        } else {
          out.add(new Text(r.text.toString(), Marks.set(r.marks)));
        }
      } else {
        out.add((Inline) o);
      }
    }
    return out;
  }
}

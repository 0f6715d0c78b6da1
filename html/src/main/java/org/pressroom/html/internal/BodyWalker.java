package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyLink;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.InlineImage;
import org.pressroom.html.ParseOptions;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;

/**
 * One parse: jsoup builds the tree once, then one walk turns it into blocks. The walk recurses per
 * element, but only down to {@link ParseOptions#maxDepth()} (and jsoup's own tree builder never
 * nests deeper than its default of 512); below that, content is gathered as text by jsoup's
 * iterative traversal. Not thread-safe: one instance per parse.
 */
public final class BodyWalker {
  private final ParseOptions options;
  private final List<String> titles;
  private final Hrefs.@Nullable Base base;
  private final Issues issues;
  private final Tables tables = new Tables(this);
  private final Lists lists = new Lists(this);
  private final List<@Nullable BodyLink> links = new ArrayList<>();
  private boolean depthReported;

  private BodyWalker(ParseOptions options, @Nullable String base, List<String> titles) {
    this.options = options;
    this.titles = titles;
    this.base = base == null ? null : new Hrefs.Base(base);
    this.issues = new Issues(options.maxIssues());
  }

  /**
   * {@return the body of the HTML}
   *
   * @param html the body HTML
   * @param base the URI relative URLs resolve against, or null
   * @param options the options
   */
  public static Body parse(String html, @Nullable String base, ParseOptions options) {
    return parse(html, base, options, List.of());
  }

  /**
   * {@return the body of the HTML}
   *
   * @param html the body HTML
   * @param base the URI relative URLs resolve against, or null
   * @param options the options
   * @param titles the release's title and subtitle, which the body may repeat at its start
   */
  public static Body parse(
      String html, @Nullable String base, ParseOptions options, List<String> titles) {
    BodyWalker walker = new BodyWalker(options, base, titles);
    if (html.length() > options.maxInputLength()) {
      walker.issues.add(
          BodyIssue.Kind.SIZE_LIMIT,
          "body of "
              + html.length()
              + " characters is longer than maxInputLength "
              + options.maxInputLength(),
          "");
      return new Body(List.of(), null, List.of(), walker.issues.list());
    }
    try {
      return walker.run(html);
    } catch (RuntimeException | StackOverflowError e) {
      // Last resort: a parser bug must not take the caller down with it.
      Issues issues = new Issues(options.maxIssues());
      issues.add(BodyIssue.Kind.INTERNAL_ERROR, "body could not be modelled: " + e, "");
      return new Body(List.of(), null, List.of(), issues.list());
    }
  }

  private Body run(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    BlockSink root = new BlockSink(options.detectHeadings());
    walkChildren(doc.body(), root, 0, 0);
    List<Block> blocks = root.finish();
    // A split moves the blocks after it: their texts are then no longer the sink's.
    boolean moved = options.detectHeadings() && Headings.pass(blocks);
    IntFunction<String> texts = moved ? i -> blocks.get(i).text() : root::text;
    Dateline dateline = Datelines.search(blocks, texts, titles);
    List<BodyLink> done = new ArrayList<>(links.size());
    for (BodyLink link : links) {
      if (link != null) {
        done.add(link);
      }
    }
    return new Body(
        blocks, dateline, done, issues.list(), Roles.of(blocks, dateline, titles, texts));
  }

  void walkChildren(Element parent, BlockSink sink, int marks, int depth) {
    for (Node child = parent.firstChild(); child != null; child = child.nextSibling()) {
      walkNode(child, sink, marks, depth + 1);
    }
  }

  void walkNode(Node node, BlockSink sink, int marks, int depth) {
    if (node instanceof TextNode textNode) {
      String text = textNode.getWholeText();
      if ((marks & Marks.SUP) != 0) {
        String marker = Debris.footnote(node, text); // kept apart from the word before it
        if (marker != null) {
          sink.inline.text(marker, marks & ~Marks.SUP);
          return;
        }
      }
      sink.inline.text(text, marks);
    } else if (node instanceof Element el) {
      element(el, sink, marks, depth);
    }
    // comments, data nodes, doctypes: not visible
  }

  void element(Element el, BlockSink sink, int inherited, int depth) {
    String name = el.normalName();
    if (Tags.DROPPED.contains(name)) {
      return;
    }
    if (depth > options.maxDepth()) {
      flatten(el, sink, inherited);
      return;
    }
    int marks = inherited | Marks.ofTag(name);
    String style = el.attr("style");
    if (!style.isEmpty()) {
      if (Lists.isMsoListIgnore(style)) {
        return; // Word's list bullet or number: the list structure says it
      }
      marks = Marks.applyStyle(marks, style);
    }
    switch (name) {
      case "br":
        sink.inline.lineBreak();
        return;
      case "img":
        image(el, sink);
        return;
      case "a":
        link(el, sink, marks, depth);
        return;
      case "hr":
        sink.flush();
        sink.add(new Divider());
        return;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        heading(el, sink, marks, depth, name.charAt(1) - '0');
        return;
      case "ul":
      case "ol":
      case "menu":
      case "dir":
        lists.list(el, sink, marks, depth, name.equals("ol"));
        return;
      case "blockquote":
        sink.flush();
        BlockSink quote = new BlockSink(options.detectHeadings());
        walkChildren(el, quote, marks, depth);
        List<Block> quoted = quote.finish();
        if (!quoted.isEmpty()) {
          sink.add(new Quote(quoted));
        }
        return;
      case "pre":
      case "listing":
      case "xmp":
      case "plaintext":
        pre(el, sink);
        return;
      case "table":
        tables.table(el, sink, marks, depth);
        return;
      case "figure":
        tables.figure(el, sink, marks, depth, options.detectHeadings());
        return;
      case "iframe":
      case "video":
      case "audio":
      case "embed":
      case "object":
        embed(el, sink, name);
        return;
      default:
        break;
    }
    if (!Tags.PARAGRAPHS.contains(name)) {
      walkChildren(
          el, sink, marks, depth); // span, font, o:p and unknown inline wrappers are transparent
      return;
    }
    if (ContactCards.isCard(el)) {
      ContactBlock contact =
          ContactCards.read(
              el, this::registerLink, this::classifyLink, src -> Hrefs.resolve(src, base));
      if (contact != null) {
        sink.flush();
        sink.add(contact);
        return;
      }
    }
    if (name.equals("li")) {
      sink.flush();
      sink.addListItem(1, false, lists.item(el, marks, depth));
      return;
    }
    if (name.equals("p") && lists.wordList(el, sink, marks, depth, style)) {
      return;
    }
    sink.flush();
    walkChildren(el, sink, marks, depth);
    sink.flush();
  }

  private void heading(Element el, BlockSink sink, int marks, int depth, int level) {
    sink.flush();
    int saved = sink.headingLevel;
    sink.headingLevel = level;
    walkChildren(el, sink, marks, depth);
    sink.flush();
    sink.headingLevel = saved;
  }

  private void link(Element el, BlockSink sink, int marks, int depth) {
    String href = SafeUrls.trim(el.attr("href"));
    if (href.isEmpty()) {
      walkChildren(el, sink, marks, depth); // an anchor without a target is no link
      return;
    }
    if (Hrefs.isUnsafe(href, false)) {
      issues.add(BodyIssue.Kind.UNSAFE_LINK, "unsafe link kept as text", href);
      walkChildren(el, sink, marks, depth);
      return;
    }
    Hrefs.Resolved r = Hrefs.classify(href, base);
    String target = el.hasAttr("target") ? el.attr("target") : null;
    String rel = el.hasAttr("rel") ? el.attr("rel") : null;
    InlineBuilder.OpenLink open =
        new InlineBuilder.OpenLink(r.href(), r.kind(), target, rel, links.size());
    links.add(null); // the link's place in document order; its text is known when it closes
    sink.inline.openLink(open);
    walkChildren(el, sink, marks, depth);
    sink.inline.closeLink();
    links.set(
        open.index, new BodyLink(open.href, Spaces.collapse(open.allText.toString()), open.kind));
  }

  private void image(Element el, BlockSink sink) {
    String src = imageSource(el);
    if (src != null) {
      sink.inline.image(new InlineImage(src, el.attr("alt")));
    }
  }

  private @Nullable String imageSource(Element el) {
    String src = SafeUrls.trim(el.attr("src"));
    if (src.isEmpty()) {
      src = SafeUrls.trim(el.attr("data-src")); // lazy loading
    }
    if (src.isEmpty()) {
      issues.add(
          BodyIssue.Kind.UNSUPPORTED_MARKUP, "image without a source dropped", el.outerHtml());
      return null;
    }
    if (Hrefs.isUnsafe(src, true)) {
      issues.add(BodyIssue.Kind.UNSAFE_LINK, "image with an unsafe source dropped", src);
      return null;
    }
    if (Debris.isTrackingPixel(el, src)) {
      issues.add(BodyIssue.Kind.UNSUPPORTED_MARKUP, "tracking pixel dropped", src);
      return null;
    }
    return Hrefs.resolve(src, base);
  }

  private void embed(Element el, BlockSink sink, String name) {
    sink.flush();
    String src = SafeUrls.trim(el.attr(name.equals("object") ? "data" : "src"));
    if (src.isEmpty() && (name.equals("video") || name.equals("audio"))) {
      for (Element source : el.getElementsByTag("source")) {
        src = SafeUrls.trim(source.attr("src"));
        if (!src.isEmpty()) {
          break;
        }
      }
    }
    if (src.isEmpty()) {
      issues.add(
          BodyIssue.Kind.UNSUPPORTED_MARKUP, name + " without a source dropped", "<" + name + ">");
      return;
    }
    if (Hrefs.isUnsafe(src, false)) {
      issues.add(BodyIssue.Kind.UNSAFE_LINK, name + " with an unsafe source dropped", src);
      return;
    }
    sink.add(new Embed(Hrefs.resolve(src, base)));
  }

  private void pre(Element el, BlockSink sink) {
    sink.flush();
    StringBuilder sb = PlainText.preformatted(el, this::registerLink);
    int start = sb.length() > 0 && sb.charAt(0) == '\n' ? 1 : 0;
    int end = sb.length();
    while (end > start && (Spaces.isSpace(sb.charAt(end - 1)) || sb.charAt(end - 1) == '\n')) {
      end--;
    }
    if (end > start) {
      sink.add(new Preformatted(sb.substring(start, end)));
    }
  }

  /** Lists a link met where content is read as text (preformatted text, contact cards). */
  private Hrefs.@Nullable Resolved registerLink(Element a) {
    String href = SafeUrls.trim(a.attr("href"));
    if (href.isEmpty()) {
      return null;
    }
    if (Hrefs.isUnsafe(href, false)) {
      issues.add(BodyIssue.Kind.UNSAFE_LINK, "unsafe link kept as text", href);
      return null;
    }
    Hrefs.Resolved r = Hrefs.classify(href, base);
    links.add(new BodyLink(r.href(), Spaces.collapse(a.text()), r.kind()));
    return r;
  }

  /** {@return a link's resolved href and kind, without listing it; null when it has none} */
  private Hrefs.@Nullable Resolved classifyLink(Element a) {
    String href = SafeUrls.trim(a.attr("href"));
    if (href.isEmpty() || Hrefs.isUnsafe(href, false)) {
      return null;
    }
    return Hrefs.classify(href, base);
  }

  /**
   * Content below the depth limit: kept as text, in order, words separated where blocks and breaks
   * were.
   */
  private void flatten(Element el, BlockSink sink, int marks) {
    if (!depthReported) {
      depthReported = true;
      issues.add(
          BodyIssue.Kind.DEPTH_LIMIT,
          "markup nested deeper than maxDepth "
              + options.maxDepth()
              + "; the deeper content was kept as text",
          "<" + el.normalName() + ">");
    }
    sink.inline.text(PlainText.flat(el), marks);
  }
}

package org.pressroom.html.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.pressroom.Contact;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyLink;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;

/**
 * DESIGN's "nothing readable is lost", measured: the visible words of the input must appear, in
 * order, among the words of the model.
 *
 * <p><b>Input words</b>: the HTML is parsed with jsoup; {@code script}, {@code style}, {@code
 * template}, {@code noscript}, {@code head}, {@code select}, {@code option}, comments (Word's
 * conditional comments included) and the elements Word marks {@code mso-list:Ignore} (the "1." or
 * "·" it writes before a list paragraph: list markers, which the model holds as list structure, as
 * it does the numbers of an {@code <ol>}) are removed, and so are an SVG's {@code <title>} and
 * {@code <desc>} (an icon's accessible name, shown to nobody); the text of what is left ({@link
 * Document#text()}) is split on whitespace (no-break spaces included).
 *
 * <p><b>Model words</b>: every block in document order, containers entered: a block's {@code
 * text()}; for a contact card (whose {@code text()} is only the name) the card's visible fields
 * instead: name, description, company, address, then the texts of the body's links to its email,
 * phones, website, twitter and facebook (falling back to the field itself).
 *
 * <p><b>Normalisation</b> (both sides, the only one made): each word is put in Unicode NFKC form,
 * invisible format characters (category Cf: soft hyphens, zero-width spaces and joiners, byte order
 * marks) are removed, and the characters that are neither letters nor digits are trimmed from both
 * ends ({@code "(TORC)"} and {@code "TORC"} match; case is kept); a word that is then empty ({@code
 * "-"}, {@code "·"}, {@code "•"}) is no word.
 *
 * <p><b>Matching</b>: the number of input words kept is the length of the longest common
 * subsequence of the input words and the model words; the report names the first input words that
 * are nowhere in the model.
 */
public final class TextConservation {
  private static final String[] INVISIBLE = {
    "script", "style", "template", "noscript", "head", "select", "option"
  };

  private TextConservation() {}

  /** The outcome: how many input words were found, and the first lost ones with their context. */
  public static final class Result {
    final int inputWords;
    final int found;
    final List<String> lost;

    Result(int inputWords, int found, List<String> lost) {
      this.inputWords = inputWords;
      this.found = found;
      this.lost = lost;
    }

    /** {@return the share of input words found, 1 when the input has no words} */
    public double ratio() {
      return inputWords == 0 ? 1.0 : (double) found / inputWords;
    }

    @Override
    public String toString() {
      return String.format(
          "%d of %d visible words kept in order (%.4f); first absent from the model: %s",
          found, inputWords, ratio(), lost);
    }
  }

  /** {@return the normalised visible words of the HTML} */
  public static List<String> inputWords(String html) {
    Document doc = Jsoup.parse(html);
    for (String tag : INVISIBLE) {
      doc.select(tag).remove();
    }
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof Comment) {
                comments.add(node);
              }
            },
        doc);
    comments.forEach(Node::remove);
    doc.select("[style~=(?i)mso-list\\s*:\\s*Ignore]").remove();
    doc.select("svg title, svg desc").remove();
    Element root = doc.body() != null ? doc.body() : doc;
    return words(root.text());
  }

  /** {@return the normalised words of the model, as described in the class comment} */
  public static List<String> modelWords(Body body) {
    StringBuilder sb = new StringBuilder();
    for (Block b : body.blocks()) {
      append(b, body, sb);
    }
    return words(sb.toString());
  }

  /** {@return the model's text, whitespace collapsed to single spaces, for snippet checks} */
  public static String modelText(Body body) {
    StringBuilder sb = new StringBuilder();
    for (Block b : body.blocks()) {
      append(b, body, sb);
    }
    return collapse(sb.toString());
  }

  /**
   * {@return text with runs of whitespace (no-break spaces included) collapsed to one space,
   * trimmed}
   */
  public static String collapse(String text) {
    return String.join(
            " ",
            Arrays.asList(
                text.replace('\u00a0', ' ')
                    .trim()
                    .split("[\\s\\u00a0\\u2000-\\u200a\\u202f\\u3000]+")))
        .trim();
  }

  private static void append(Block b, Body body, StringBuilder sb) {
    if (b instanceof ListBlock) {
      for (ListItem item : ((ListBlock) b).items()) {
        for (Block child : item.blocks()) {
          append(child, body, sb);
        }
      }
    } else if (b instanceof Quote) {
      for (Block child : ((Quote) b).blocks()) {
        append(child, body, sb);
      }
    } else if (b instanceof Table) {
      for (List<TableCell> row : ((Table) b).rows()) {
        for (TableCell cell : row) {
          for (Block child : cell.blocks()) {
            append(child, body, sb);
          }
        }
      }
    } else if (b instanceof ContactBlock
        && ((ContactBlock) b).origin() == ContactBlock.Origin.CARD) {
      Contact c = ((ContactBlock) b).contact();
      add(sb, c.name());
      add(sb, c.description());
      add(sb, c.company());
      add(sb, c.address());
      linkText(sb, body, c.email() == null ? null : "mailto:" + c.email(), c.email());
      linkText(sb, body, c.telephone() == null ? null : "tel:" + c.telephone(), c.telephone());
      linkText(sb, body, c.mobile() == null ? null : "tel:" + c.mobile(), c.mobile());
      linkText(sb, body, c.website(), c.website());
      linkText(sb, body, c.twitter(), c.twitter());
      linkText(sb, body, c.facebook(), c.facebook());
    } else if (b instanceof Paragraph
        || b instanceof Heading
        || b instanceof Preformatted
        || b instanceof ContactBlock
        || b instanceof Image
        || b instanceof Divider
        || b instanceof Embed) {
      add(sb, b.text());
    } else {
      throw new AssertionError("unknown block type " + b.getClass());
    }
  }

  private static void linkText(StringBuilder sb, Body body, String href, String fallback) {
    if (href == null) {
      return;
    }
    for (BodyLink link : body.links()) {
      if (link.href().equals(href)) {
        add(sb, link.text());
        return;
      }
    }
    add(sb, fallback);
  }

  private static void add(StringBuilder sb, String text) {
    if (text != null && !text.isEmpty()) {
      sb.append(text).append('\n');
    }
  }

  /** {@return the normalised words of a text} */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : text.split("[\\s\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]+")) {
      String w = normalise(raw);
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static String normalise(String word) {
    String w = Normalizer.normalize(word, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "");
    int start = 0;
    int end = w.length();
    while (start < end && !Character.isLetterOrDigit(w.codePointAt(start))) {
      start += Character.charCount(w.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(w.codePointBefore(end))) {
      end -= Character.charCount(w.codePointBefore(end));
    }
    return w.substring(start, end);
  }

  /**
   * {@return how many of the input words are found in order among the model words}: the length of
   * the longest common subsequence, computed bit-parallel (Hyyrö's algorithm, one machine word per
   * 64 model words), so it is exact and one lost word cannot hide the words that follow it.
   */
  public static Result measure(List<String> input, List<String> model) {
    Map<String, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < model.size(); i++) {
      positions.computeIfAbsent(model.get(i), k -> new ArrayList<>()).add(i);
    }
    int m = model.size();
    int words = (m + 63) >>> 6;
    long[] v = new long[words];
    Arrays.fill(v, -1L);
    long[] pm = new long[words];
    for (String w : input) {
      List<Integer> at = positions.get(w);
      if (at == null) {
        continue;
      }
      for (int p : at) {
        pm[p >>> 6] |= 1L << (p & 63);
      }
      long carry = 0;
      for (int k = 0; k < words; k++) {
        long a = v[k];
        long u = a & pm[k];
        long s1 = a + u;
        long c1 = Long.compareUnsigned(s1, a) < 0 ? 1 : 0;
        long s2 = s1 + carry;
        long c2 = carry == 1 && s2 == 0 ? 1 : 0;
        carry = c1 | c2;
        v[k] = s2 | (a & ~pm[k]);
      }
      for (int p : at) {
        pm[p >>> 6] = 0;
      }
    }
    int ones = 0;
    for (int k = 0; k < words; k++) {
      long valid = k == words - 1 && (m & 63) != 0 ? (1L << (m & 63)) - 1 : -1L;
      ones += Long.bitCount(v[k] & valid);
    }
    int found = m - ones;
    List<String> lost = new ArrayList<>();
    for (int i = 0; i < input.size() && lost.size() < 20; i++) {
      if (!positions.containsKey(input.get(i))) {
        int from = Math.max(0, i - 3);
        int to = Math.min(input.size(), i + 4);
        lost.add(input.get(i) + " (in \"" + String.join(" ", input.subList(from, to)) + "\")");
      }
    }
    return new Result(input.size(), found, lost);
  }
}

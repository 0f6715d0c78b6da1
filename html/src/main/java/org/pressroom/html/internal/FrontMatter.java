package org.pressroom.html.internal;

import java.util.List;
import java.util.Locale;
import org.pressroom.html.Block;
import org.pressroom.html.Inline;
import org.pressroom.html.Link;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Text;

/**
 * What may stand before a release's lead (DESIGN 3.1): a {@code title} (the body repeating the
 * release's title or subtitle, or a headline, kicker or standfirst set apart by its markup) or a
 * {@code notice} (distribution and embargo notices, "For immediate release", corrections, "All
 * amounts in US dollars"-style notes). The dateline search skips these blocks; the structure roles
 * use the same predicates.
 */
public final class FrontMatter {
  /** A title or notice paragraph has at most this many words. */
  private static final int MAX_WORDS = 60;

  /** Openings of a notice, lower case. */
  private static final List<String> NOTICES =
      List.of(
          "for immediate release",
          "immediate release",
          "for release",
          "for publication",
          "embargo",
          "embargoed",
          "under embargo",
          "not for distribution",
          "not for release",
          "not for publication",
          "not for dissemination",
          "press release",
          "news release",
          "media release",
          "media advisory",
          "media alert",
          "correction",
          "corrected",
          "update",
          "all amounts",
          "all figures",
          "all dollar",
          "all currency",
          "unless otherwise",
          "(all amounts",
          "(all figures",
          "regulated information",
          "insider information",
          "ad hoc",
          "ad-hoc",
          "pressemitteilung",
          "presseinformation",
          "pressemeldung",
          "presseinladung",
          "medienmitteilung",
          "medieninformation",
          "sperrfrist",
          "zur sofortigen veröffentlichung",
          "berichtigung",
          "korrektur",
          "communiqué de presse",
          "communiqué",
          "communique",
          "pour diffusion immédiate",
          "pour publication immédiate",
          "information réglementée",
          "rectificatif",
          "persbericht",
          "persmededeling",
          "persbericht embargo",
          "voor onmiddellijke publicatie",
          "voor onmiddellijke verspreiding",
          "gereglementeerde informatie",
          "correctie",
          "rectificatie");

  private FrontMatter() {}

  /**
   * {@return whether the block is a title}: a heading, the release's title or subtitle repeated, or
   * a short paragraph whose whole text is bold, italic or underlined (a kicker or standfirst)
   *
   * @param block the block
   * @param text the block's text
   * @param titles the release's title and subtitle, or empty when not known
   */
  public static boolean isTitle(Block block, String text, List<String> titles) {
    if (BlockType.of(block) == BlockType.HEADING) {
      return true;
    }
    if (!(block instanceof Paragraph paragraph) || text.isEmpty()) {
      return false;
    }
    for (String title : titles) {
      if (!title.isBlank() && same(text, title)) {
        return true;
      }
    }
    return Spaces.words(text, MAX_WORDS + 1) <= MAX_WORDS && emphasisedOnly(paragraph.content());
  }

  /**
   * {@return whether the block is a notice}: a short paragraph that opens like a distribution,
   * embargo or correction notice or a currency note, or is written in capitals only
   *
   * @param block the block
   * @param text the block's text
   */
  public static boolean isNotice(Block block, String text) {
    if (BlockType.of(block) != BlockType.PARAGRAPH
        || text.isEmpty()
        || Spaces.words(text, MAX_WORDS + 1) > MAX_WORDS) {
      return false;
    }
    for (String notice : NOTICES) {
      int n = notice.length();
      if (text.regionMatches(true, 0, notice, 0, n)
          && (n == text.length() || !Character.isLetterOrDigit(text.charAt(n)))) {
        return true;
      }
    }
    return allCapitals(text);
  }

  /** {@return whether a block is a title or a notice} */
  static boolean isFrontMatter(Block block, String text, List<String> titles) {
    return isTitle(block, text, titles) || isNotice(block, text);
  }

  private static boolean same(String text, String title) {
    String a = fold(text);
    String b = fold(title);
    return !b.isEmpty() && (a.equals(b) || (a.startsWith(b) && a.length() - b.length() <= 2));
  }

  private static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean emphasisedOnly(List<Inline> content) {
    boolean any = false;
    for (Inline inline : content) {
      if (inline instanceof Text t) {
        if (t.text().isBlank()) {
          continue;
        }
        if (!(t.has(Mark.BOLD) || t.has(Mark.ITALIC) || t.has(Mark.UNDERLINE))) {
          return false;
        }
        any = true;
      } else if (inline instanceof Link link) {
        if (!emphasisedOnly(link.content())) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * Labels of a picture's caption or credit, lower case: a caption is front matter before the lead,
   * and a bold one is no heading.
   */
  private static final List<String> CAPTION_LABELS =
      List.of(
          "photo:",
          "photo credit",
          "photos:",
          "picture:",
          "image:",
          "caption:",
          "foto:",
          "fotos:",
          "bild:",
          "bildunterschrift",
          "bildquelle",
          "crédit photo",
          "légende",
          "fotocredit",
          "©");

  /** {@return whether a text opens with a caption's or a picture credit's label} */
  static boolean isCaption(String text) {
    for (String label : CAPTION_LABELS) {
      if (text.regionMatches(true, 0, label, 0, label.length())) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether the text has letters, at least four, and none of them lower case} */
  static boolean allCapitals(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 4;
  }
}

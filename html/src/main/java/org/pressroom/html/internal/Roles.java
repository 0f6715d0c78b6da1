package org.pressroom.html.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.Dateline;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Role;
import org.pressroom.html.Text;

/**
 * The structure roles of the top-level blocks (DESIGN 3.1), in English, Dutch, French and German.
 *
 * <p>Blocks before the lead are front matter: a notice, a contact section, or else the title
 * (repeated headline, subtitle, kicker). The lead is the paragraph holding the dateline, or else
 * the first paragraph of text. After it, a heading or paragraph that opens a section of the back
 * matter (boilerplate, contacts, notes, disclaimer, end) gives its role to the blocks that follow,
 * up to the next heading of another role; after an end marker, everything is end matter unless it
 * opens a boilerplate, contacts or notes section. Contact blocks are always contacts.
 *
 * <p>Stateless; only headings and short paragraphs are matched against the patterns (and the
 * opening of the others), so the cost is small and linear in the number of blocks.
 */
public final class Roles {
  /** The notes-to-editors labels, as a regular expression alternation (lower case). */
  private static final String NOTES_WORDS =
      "notes?(?: (?:to|for) (?:the )?editors?)?|editor['’]?s['’]? notes?|notes? to (?:the )?editor"
          + "|noot voor de redactie|noten voor de redactie|noot aan de redactie|noot voor redacties"
          + "|notes? (?:aux|à la|pour les|pour la) rédactions?|notes? aux journalistes"
          + "|hinweis(?:e)? (?:für|an) (?:die )?redaktion(?:en)?|redaktionshinweis(?:e)?"
          + "|anmerkung(?:en)? für (?:die )?redaktion(?:en)?|hinweise für journalisten"
          + "|für die redaktion|redaktionelle hinweise?";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "About X" in the four languages, and "Who we are". */
  private static final GatedPattern ABOUT =
      gated(
          "(?:about|over|à propos d[e'’]|a propos d[e'’]|über|ueber)\\s*\\S.*"
              + "|(?:who we are|qui sommes[- ]nous|wie zijn (?:wij|we)|wer wir sind)\\s*[?:]?");

  private static final GatedPattern NOTES = gated("(?:" + NOTES_WORDS + ")\\s*:?");

  /**
   * An end marker: {@code ###}, {@code -30-}, {@code - ENDS -}, {@code Ende}, {@code - Fin -},
   * {@code Einde persbericht}, {@code Ende der Pressemitteilung}, {@code Fin du communiqué}.
   */
  private static final GatedPattern END =
      gated(
          "#\\s*#\\s*#[#\\s]*|[-–—]+\\s*30\\s*[-–—]+"
              + "|[-–—\\[(*\\s]*(?:ends?|ende|fin|einde|end of (?:the )?(?:press )?(?:release|statement)"
              + "|einde (?:van het )?(?:pers)?bericht|ende der (?:presse)?(?:mitteilung|information)"
              + "|fin du communiqué(?: de presse)?)[-–—\\])*.\\s]*");

  /** A contact section's label (DESIGN 3.1's list, and the like). */
  private static final GatedPattern CONTACT_LABEL =
      gated(
          "(?:(?:press|media|investor|investors|medien|presse|pers|news)[- ]?)?"
              + "(?:contacts?|kontakte?|contactpersonen?|contactpersoon|ansprechpartner(?:in|innen)?)"
              + "(?:\\s+(?:presse|médias?|pour la presse|for (?:the )?media|details|information)"
              + ")?"
              + "|(?:roads |press |media )?(?:media|press) (?:enquiries|inquiries|relations|office)"
              + "(?: \\(only\\))?"
              + "|investor relations|for (?:more|further) information(?:,? (?:please )?contact)?"
              + "(?: us)?(?: at)?|press office|perscontact(?:en)?|persinformatie"
              + "|voor (?:meer|verdere) informatie(?:,? (?:kunt u )?contact .*)?|woordvoerders?"
              + "|relations? (?:médias|presse)|pour en savoir plus|pour plus d['’]informations"
              + "|renseignements(?: presse)?|pressekontakt|pressestelle|medienkontakt"
              + "|für rückfragen|adresse für rückfragen|quelle und kontaktadresse"
              + "|kontakt für medien|(?:you can )?(?:phone|call|reach|e-?mail) us(?: at)?");

  /** A paragraph introducing contact details: "For further information, ... please contact". */
  private static final GatedPattern CONTACT_INTRO =
      gated(
          "(?:for (?:further|more) information|for media (?:enquiries|inquiries)|für rückfragen"
              + "|pour (?:plus d['’]informations|en savoir plus|toute information)"
              + "|voor (?:meer|verdere) informatie)[^.!?]*"
              + "(?:contact|contacter|contactez|contacteer|contacteren|kontaktieren|wenden sie sich an"
              + "|neem contact op met|please call)[^.!?]{0,40}[:.]?");

  /** A distribution, embargo or correction notice, or a note before the lead. */
  private static final GatedPattern NOTICE =
      new GatedPattern(
          Pattern.compile(
              "(?:for immediate release|immediate release|for release|(?:strictly )?embargo(?:ed)?"
                  + "|under embargo|not for (?:release|distribution|publication|dissemination)"
                  + "|press release|news release|media release|media advisory|press statement"
                  + "|correction|corrected|corrects|update|attention|all (?:amounts|figures|dollar"
                  + " amounts|financial figures|currency)|unless otherwise (?:stated|noted|indicated)"
                  + "|persbericht|niet voor (?:publicatie|verspreiding)|voor onmiddellijke"
                  + "|rectificatie|correctie|communiqué(?: de presse)?|pour diffusion"
                  + "|pour publication|sous embargo|rectificatif|ne pas (?:diffuser|publier)"
                  + "|pressemitteilung|presseinformation|pressemeldung|presseinladung|sperrfrist"
                  + "|zur sofortigen|korrektur|berichtigung|medieninformation|medienmitteilung"
                  + "|alle beträge|tous les montants|alle bedragen)\\b.*",
              FLAGS | Pattern.DOTALL));

  private static GatedPattern gated(String regex) {
    return new GatedPattern(Pattern.compile(regex, FLAGS));
  }

  /** The most words a notice, a label or a repeated title has. */
  private static final int MAX_SHORT_WORDS = 30;

  /** How far into a paragraph its opening is matched. */
  private static final int OPENING = 300;

  /** The fewest words of a paragraph that reads as text whatever its end. */
  private static final int TEXT_WORDS = 20;

  /** How many blocks the lead is searched among when the dateline names it. */
  private static final int LEAD_WINDOW = 10;

  private Roles() {}

  /**
   * {@return the role of each block}
   *
   * @param blocks the top-level blocks
   * @param dateline the body's dateline, or null
   * @param titles the release's title and subtitle (the texts the body may repeat), may be empty
   */
  public static List<Role> of(
      List<Block> blocks, @Nullable Dateline dateline, List<String> titles) {
    return of(blocks, dateline, titles, i -> blocks.get(i).text());
  }

  /**
   * {@return the role of each block}
   *
   * @param blocks the top-level blocks
   * @param dateline the body's dateline, or null
   * @param titles the release's title and subtitle (the texts the body may repeat), may be empty
   * @param texts the text of the block at an index, as {@link Block#text()} gives it
   */
  static List<Role> of(
      List<Block> blocks,
      @Nullable Dateline dateline,
      List<String> titles,
      IntFunction<String> texts) {
    int n = blocks.size();
    String[] known = new String[n];
    IntFunction<String> text =
        i -> {
          String t = known[i];
          if (t == null) {
            t = texts.apply(i);
            known[i] = t;
          }
          return t;
        };
    Role[] roles = new Role[n];
    if (n == 0) {
      return List.of();
    }
    Titles normalTitles = new Titles(titles);
    int lead = lead(blocks, dateline, normalTitles, text);
    // the section role; null before the lead (front matter), none when there is no lead
    Role current = lead < 0 ? Role.BODY : null;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (i == lead) {
        roles[i] = Role.LEAD;
        current = Role.BODY;
        continue;
      }
      BlockType type = BlockType.of(b);
      if (type == BlockType.CONTACT) {
        roles[i] = Role.CONTACTS;
        continue;
      }
      if (current == null) {
        roles[i] = frontMatter(b, text.apply(i), normalTitles);
        continue;
      }
      Role opened = opens(b, text, i);
      if (opened != null) {
        if (opened == Role.END) {
          current = Role.END;
        } else if (current != Role.END
            || opened == Role.BOILERPLATE
            || opened == Role.CONTACTS
            || opened == Role.NOTES) {
          current = opened;
        }
      } else if (type == BlockType.HEADING && current != Role.END && current != Role.BODY) {
        if (prose(blocks, i + 1, text)) {
          current = Role.BODY; // a heading of no back-matter section over prose: news again
        }
      }
      roles[i] = current;
    }
    return Arrays.asList(roles);
  }

  /**
   * {@return whether the blocks from {@code from} up to the next heading hold prose}: a paragraph
   * of at least {@value #TEXT_WORDS} words
   */
  private static boolean prose(List<Block> blocks, int from, IntFunction<String> texts) {
    for (int i = from; i < blocks.size(); i++) {
      BlockType type = BlockType.of(blocks.get(i));
      if (type == BlockType.HEADING) {
        return false;
      }
      if (type == BlockType.PARAGRAPH && Spaces.words(texts.apply(i), TEXT_WORDS) >= TEXT_WORDS) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the index of the lead}: the paragraph holding the dateline among the first blocks,
   * else the first paragraph of text that is no front matter; -1 when there is none
   */
  private static int lead(
      List<Block> blocks, @Nullable Dateline dateline, Titles titles, IntFunction<String> texts) {
    if (dateline != null) {
      for (int i = 0; i < Math.min(blocks.size(), LEAD_WINDOW); i++) {
        Block b = blocks.get(i);
        if (BlockType.of(b) == BlockType.PARAGRAPH) {
          String text = texts.apply(i);
          int at = text.indexOf(dateline.text());
          if (at >= 0 && at < OPENING) {
            return i;
          }
        }
      }
    }
    int first = -1; // the first paragraph of any kind, when none near the start reads as text
    for (int i = 0; i < blocks.size() && (first < 0 || i < LEAD_WINDOW); i++) {
      Block b = blocks.get(i);
      if (BlockType.of(b) == BlockType.PARAGRAPH) {
        String text = texts.apply(i);
        Role front = frontMatter(b, text, titles);
        if (front == Role.TITLE && !isTitle(text, titles) && !FrontMatter.allCapitals(text)) {
          if (first < 0) {
            first = i;
          }
          if (readsAsText(text)) {
            return i;
          }
        }
      }
    }
    return first;
  }

  /**
   * {@return whether a paragraph reads as text rather than as a headline}: it ends a sentence or
   * has at least {@value #TEXT_WORDS} words
   */
  private static boolean readsAsText(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (Spaces.words(text, TEXT_WORDS) >= TEXT_WORDS) {
      return true;
    }
    int end = text.length() - 1;
    while (end > 0 && "\"'»”“’)]".indexOf(text.charAt(end)) >= 0) {
      end--;
    }
    char last = text.charAt(end);
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '…';
  }

  /** {@return the role of a block before the lead} */
  private static Role frontMatter(Block b, String text, Titles titles) {
    BlockType type = BlockType.of(b);
    if (type == BlockType.HEADING || type == BlockType.PARAGRAPH) {
      if (Spaces.words(text, MAX_SHORT_WORDS + 1) <= MAX_SHORT_WORDS) {
        if (isTitle(text, titles)) {
          return Role.TITLE;
        }
        if (isNotice(text) || FrontMatter.isNotice(b, text)) {
          return Role.NOTICE; // FrontMatter: the notices the dateline search passes over
        }
        if (isContactLabel(text)) {
          return Role.CONTACTS;
        }
      }
      return Role.TITLE;
    }
    return type == BlockType.CONTACT ? Role.CONTACTS : Role.TITLE;
  }

  /** {@return the back-matter role a block opens, or null} */
  private static @Nullable Role opens(Block b, IntFunction<String> texts, int i) {
    BlockType type = BlockType.of(b);
    if (type == BlockType.HEADING) {
      String text = texts.apply(i);
      if (Spaces.words(text, MAX_SHORT_WORDS + 1) > MAX_SHORT_WORDS) {
        return null;
      }
      return label(text);
    }
    if (!(b instanceof Paragraph p) || p.content().isEmpty()) {
      return null;
    }
    String text = texts.apply(i);
    if (text.isEmpty()) {
      return null;
    }
    // Every label and marker below starts with a capital, a digit or a sign
    boolean labelLike = !Character.isLowerCase(text.charAt(0));
    if (text.length() <= 200 && CONTACT_INTRO.matches(text)) {
      return Role.CONTACTS;
    }
    if (labelLike && text.length() <= 80) {
      if (END.matches(text)) {
        return Role.END;
      }
      if (Spaces.words(text, 9) <= 8) {
        Role role = label(text);
        if (role != null && role != Role.BOILERPLATE) {
          return role;
        }
      }
    }
    int lineEnd = labelLike ? text.indexOf('\n') : -1;
    if (lineEnd > 0 && lineEnd <= 80) {
      String line = text.substring(0, lineEnd);
      if (Spaces.words(line, 9) <= 8) {
        Role role = label(line);
        if (role != null && role != Role.END) {
          return role; // a label on the paragraph's first line: "Quelle und Kontaktadresse:"
        }
      }
    }
    if (p.content().get(0) instanceof Text first && first.has(Mark.BOLD)) {
      String bold = first.text().strip();
      if (ABOUT.matches(bold) && Spaces.words(bold, 9) <= 8) {
        return Role.BOILERPLATE; // "About X" in bold opening the boilerplate paragraph
      }
    }
    int colon = text.indexOf(':');
    if (colon > 0 && colon <= 60) {
      String head = text.substring(0, colon).strip();
      if (ABOUT.matches(head) && Spaces.words(head, 9) <= 8 && namesSomething(head)) {
        return Role.BOILERPLATE; // "Over Acme: Acme is ..." in plain text
      }
    }
    return Disclaimers.opens(text, Math.min(text.length(), OPENING)) ? Role.DISCLAIMER : null;
  }

  /** {@return whether a capital letter follows the first word: a name, not "About 50 people"} */
  private static boolean namesSomething(String head) {
    int space = head.indexOf(' ');
    for (int i = space + 1; space > 0 && i < head.length(); i++) {
      if (Character.isUpperCase(head.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@return the section role a short label names, or null} */
  private static @Nullable Role label(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    if (END.matches(t)) {
      return Role.END;
    }
    if (isNotesLabel(t)) {
      return Role.NOTES;
    }
    if (isContactLabel(t)) {
      return Role.CONTACTS;
    }
    if (Disclaimers.isLabel(t)) {
      return Role.DISCLAIMER;
    }
    if (ABOUT.matches(t)) {
      return Role.BOILERPLATE;
    }
    return null;
  }

  /**
   * {@return whether a short text labels a back-matter section other than contacts}: notes,
   * boilerplate, a disclaimer or an end marker, which end a contact section
   */
  static boolean isBackMatterLabel(String text) {
    if (Spaces.words(text, 9) > 8) {
      return false;
    }
    Role role = label(text);
    return role != null && role != Role.CONTACTS;
  }

  /** {@return whether a text is a boilerplate label: "About X", "Who we are"} */
  static boolean isAboutLabel(String text) {
    return ABOUT.matches(text);
  }

  /** {@return whether a text is a label of notes to editors} */
  static boolean isNotesLabel(String text) {
    return NOTES.matches(text);
  }

  private static boolean isContactLabel(String text) {
    String t = stripEnd(text);
    return CONTACT_LABEL.matches(t);
  }

  /**
   * {@return whether the text is a notice}: a distribution, embargo or correction notice or a note
   * on amounts, at most {@value #MAX_SHORT_WORDS} words
   */
  static boolean isNotice(String text) {
    return Spaces.words(text, MAX_SHORT_WORDS + 1) <= MAX_SHORT_WORDS && NOTICE.matches(text);
  }

  /** {@return whether the text is a notice written in capitals, such as FOR IMMEDIATE RELEASE} */
  static boolean isCapitalNotice(String text) {
    return FrontMatter.allCapitals(text) && isNotice(text);
  }

  /** The release's title and subtitle as {@link #normal} gives them, made on first use. */
  private static final class Titles {
    private final List<String> titles;
    private @Nullable List<String> normal;

    Titles(List<String> titles) {
      this.titles = titles;
    }

    List<String> normal() {
      List<String> n = normal;
      if (n == null) {
        n = new ArrayList<>(titles.size());
        for (String t : titles) {
          String norm = Roles.normal(t);
          if (!norm.isEmpty()) {
            n.add(norm);
          }
        }
        normal = n;
      }
      return n;
    }
  }

  /** {@return whether the text repeats the title or subtitle (or is repeated by it)} */
  private static boolean isTitle(String text, Titles repeated) {
    List<String> titles = repeated.normal();
    if (titles.isEmpty()) {
      return false;
    }
    String t = normal(text);
    if (t.length() < 8) {
      return false;
    }
    for (String title : titles) {
      String shorter = t.length() <= title.length() ? t : title;
      String longer = shorter == t ? title : t;
      // the same text, or one holding the other where the other is most of it
      if (longer.contains(shorter) && shorter.length() * 5 >= longer.length() * 3) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, NFKC, whitespace collapsed, quotes and punctuation at the ends trimmed. */
  private static String normal(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = Spaces.collapse(t.replace('\n', ' '));
    return stripEnd(t);
  }

  private static String stripEnd(String s) {
    int start = 0;
    int end = s.length();
    while (end > start
        && !Character.isLetterOrDigit(s.charAt(end - 1))
        && s.charAt(end - 1) != ')') {
      end--;
    }
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    return s.substring(start, end);
  }
}

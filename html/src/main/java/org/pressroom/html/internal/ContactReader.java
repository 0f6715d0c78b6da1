package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Inline;
import org.pressroom.html.Link;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;

/**
 * Where press contacts are read: the one home of contact reading.
 *
 * <ul>
 *   <li>Cards and microformats ({@code release-content-contact}, hCard {@code .vcard}, schema.org
 *       {@code Person}): {@link ContactCards}, called by the walker with the element.
 *   <li>Contacts written as text: {@link #read} runs over a finished sequence of blocks. A
 *       paragraph opened by a label ({@link ContactLabels}) holds its contacts; after a label
 *       standing alone (a heading, a paragraph, {@code For more information, please contact:}), the
 *       paragraphs, lists, tables and preformatted blocks up to the next heading or divider are
 *       read. The fields of each contact come from {@link ContactText}. One block may hold several
 *       contacts: each becomes its own contact block, in order.
 * </ul>
 *
 * A contact needs an email address or a phone number; blocks without one stay as they are.
 */
final class ContactReader {
  /** Paragraphs of more words than this end a contact section. */
  private static final int MAX_SECTION_PARAGRAPH_WORDS = 40;

  /** A one-line paragraph of at most this many words may be a line of a contact. */
  private static final int MAX_CARD_LINE_WORDS = 10;

  private ContactReader() {}

  /**
   * {@return whether a paragraph or heading text may start contact reading}: it opens with a label
   * or introduces contacts. A cheap test, run on every paragraph and heading.
   */
  static boolean mayStartContacts(String text) {
    return ContactLabels.label(text) != null
        || ContactLabels.introduces(text, null); // no label: not searched for again
  }

  /**
   * Reads the contacts of a sequence of blocks, replacing the blocks that hold them.
   *
   * @param blocks the blocks, changed in place
   * @param texts the text of each block where known (else null), changed in step
   */
  static void read(List<Block> blocks, List<@Nullable String> texts) {
    List<Block> out = new ArrayList<>(blocks.size());
    List<@Nullable String> outTexts = new ArrayList<>(blocks.size());
    Section section = new Section();
    int i = 0;
    while (i < blocks.size()) {
      Block b = blocks.get(i);
      int next = i + 1;
      List<Block> read =
          switch (BlockType.of(b)) {
            case HEADING -> {
              section.heading(text(blocks, texts, i));
              yield null;
            }
            case DIVIDER -> {
              section.end();
              yield null;
            }
            case PARAGRAPH -> {
              int end = paragraphs(blocks, texts, i, section);
              next = Math.max(end, next);
              yield end > i ? section.found : null;
            }
            case LIST -> section.underLabel ? found(list((ListBlock) b, section.role)) : null;
            case TABLE -> table((Table) b, section.underLabel, section.role);
            case PREFORMATTED ->
                found(pre(text(blocks, texts, i), section.underLabel, section.role));
            case CONTACT, IMAGE -> null;
            default -> {
              section.end();
              yield null;
            }
          };
      if (read != null) {
        out.addAll(read);
        for (int k = 0; k < read.size(); k++) {
          outTexts.add(read.get(k) instanceof ContactBlock c ? c.text() : null);
        }
      } else {
        out.add(b);
        outTexts.add(texts.get(i));
        next = i + 1;
      }
      i = next;
    }
    blocks.clear();
    blocks.addAll(out);
    texts.clear();
    texts.addAll(outTexts);
  }

  /** Where the reading stands: under a label standing alone or not, and the label's role. */
  private static final class Section {
    boolean underLabel;
    @Nullable String role;

    /** The contact blocks the last paragraph step read. */
    List<Block> found = List.of();

    void heading(String text) {
      ContactLabels.LabelMatch label = ContactLabels.label(text);
      underLabel = ContactLabels.isBareLabel(text, label) || ContactLabels.introduces(text, label);
      role = underLabel ? ContactLabels.role(text) : null;
    }

    void label(@Nullable String labelRole) {
      underLabel = true;
      role = labelRole;
    }

    void end() {
      underLabel = false;
    }
  }

  /**
   * Reads the paragraph at {@code i}: a label with its contacts, a label standing alone, or (under
   * a label) the paragraphs from it that read as one contact's lines.
   *
   * @return the index after the paragraphs read as contacts (then in {@code section.found}), or
   *     {@code i} when the paragraph stays as it is
   */
  private static int paragraphs(
      List<Block> blocks, List<@Nullable String> texts, int i, Section section) {
    Paragraph p = (Paragraph) blocks.get(i);
    String text = text(blocks, texts, i);
    ContactLabels.LabelMatch label = ContactLabels.label(text);
    if (label != null && !ContactLabels.isBareLabel(text, label)) {
      List<ContactText.Found> found =
          ContactText.read(
              ContactText.lines(text, label.end(), mailtos(p.content())), label.role());
      if (!found.isEmpty()) {
        section.label(label.role());
        section.found = contactBlocks(found);
        return i + 1;
      }
    }
    if (isLabelParagraph(text, label)) {
      section.label(label != null ? label.role() : null);
    } else if (section.underLabel && Roles.isBackMatterLabel(text)) {
      section.end(); // "Notes to editors": another section begins
    } else if (section.underLabel
        && Spaces.words(text, MAX_SECTION_PARAGRAPH_WORDS + 1) > MAX_SECTION_PARAGRAPH_WORDS) {
      section.end(); // prose: the contact section has ended
    } else if (section.underLabel) {
      int end = cardLines(blocks, texts, i);
      List<ContactText.Line> lines = new ArrayList<>();
      for (int k = i; k < end; k++) {
        Paragraph q = (Paragraph) blocks.get(k);
        List<ContactText.Line> more =
            ContactText.lines(text(blocks, texts, k), 0, mailtos(q.content()));
        if (k > i) {
          ContactText.Line first = more.get(0);
          more.set(0, new ContactText.Line(first.text(), 0, first.mailtos(), true));
        }
        lines.addAll(more);
      }
      List<ContactText.Found> found = ContactText.read(lines, section.role);
      if (!found.isEmpty()) {
        section.found = contactBlocks(found);
        return end;
      }
    }
    return i;
  }

  private static boolean isLabelParagraph(String text, ContactLabels.@Nullable LabelMatch label) {
    if (ContactLabels.isBareLabel(text, label)) {
      return true;
    }
    return Spaces.words(text, 21) <= 20
        && ContactLabels.introduces(text, label)
        && EmailAddresses.find(text) == null
        && PhoneNumbers.start(text, 0) < 0;
  }

  /**
   * {@return the end of the paragraphs from {@code start} read as one contact's lines}: a paragraph
   * of several lines alone, or a run of one-line paragraphs of a few words (or holding an email
   * address or a phone number)
   */
  private static int cardLines(List<Block> blocks, List<@Nullable String> texts, int start) {
    int end = start;
    while (end < blocks.size() && BlockType.of(blocks.get(end)) == BlockType.PARAGRAPH) {
      String t = text(blocks, texts, end);
      if ((end > start && (ContactLabels.label(t) != null || Roles.isBackMatterLabel(t)))
          || !cardLike(t)) {
        break;
      }
      end++;
    }
    return Math.max(end, start + 1);
  }

  /**
   * {@return whether a paragraph reads as lines of contact details}: each line short (or holding an
   * email address or a phone number), and not a sentence
   */
  private static boolean cardLike(String text) {
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        boolean details = EmailAddresses.find(line) != null || PhoneNumbers.start(line, 0) >= 0;
        int words = Spaces.words(line, 17); // enough for both bounds below
        if ((!details && isProse(line))
            || (words > MAX_CARD_LINE_WORDS && !(details && words <= 16))) {
          return false;
        }
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return true;
  }

  /** A sentence, not a line of contact details: it ends like one or reads like one. */
  private static boolean isProse(String text) {
    if (ContactNames.sentence(text)) {
      return true;
    }
    char last = text.charAt(text.length() - 1);
    int lastSpace = text.lastIndexOf(' ');
    String lastWord = text.substring(lastSpace + 1, text.length() - 1);
    return (last == '.' || last == '!' || last == '?')
        && Spaces.words(text, 4) >= 4
        && lastWord.indexOf('.') < 0; // "Sachsen e.V." is a name, not a sentence
  }

  /**
   * The contacts of a list under a label: each item its own contact; a list of numbers of one
   * office by country ({@code Belgium: +32 ...}) is one contact, its first number. Empty unless
   * every item holds a contact.
   */
  private static List<ContactText.Found> list(ListBlock list, @Nullable String role) {
    List<ContactText.Found> found = new ArrayList<>();
    boolean numbersOnly = true;
    for (ListItem item : list.items()) {
      List<ContactText.Found> of = ContactText.read(lines(item.blocks()), role);
      if (of.isEmpty()) {
        return List.of();
      }
      for (ContactText.Found f : of) {
        numbersOnly &=
            f.contact().email() == null && f.contact().name().equals(role == null ? "" : role);
      }
      found.addAll(of);
    }
    if (numbersOnly && found.size() > 1) {
      return List.of(new ContactText.Found(found.get(0).contact(), list.text()));
    }
    return found;
  }

  /**
   * {@return the table's blocks with its contacts read, cell by cell in row order, or null when it
   * holds none}: a table under a label, or one with a label in a cell
   */
  private static @Nullable List<Block> table(
      Table table, boolean underLabel, @Nullable String role) {
    boolean labelled = underLabel;
    String tableRole = role;
    if (!labelled) {
      for (List<TableCell> row : table.rows()) {
        for (TableCell cell : row) {
          for (Block b : cell.blocks()) {
            if (BlockType.of(b) == BlockType.CONTACT) {
              labelled = true;
            } else if (BlockType.isTextual(b)) {
              String t = b.text();
              if (ContactLabels.label(t) != null) {
                labelled = true;
                tableRole = tableRole != null ? tableRole : ContactLabels.role(t);
              }
            }
          }
        }
      }
    }
    if (!labelled) {
      return null;
    }
    List<Block> out = new ArrayList<>();
    boolean any = false;
    for (List<TableCell> row : table.rows()) {
      List<Block> rowBlocks = new ArrayList<>();
      boolean hasContact = false;
      for (TableCell cell : row) {
        for (Block b : cell.blocks()) {
          hasContact |= BlockType.of(b) == BlockType.CONTACT;
          rowBlocks.add(b);
        }
      }
      List<ContactText.Found> found =
          hasContact ? List.of() : ContactText.read(rowLines(row), tableRole);
      if (!found.isEmpty()) {
        any = true;
        for (ContactText.Found f : found) {
          out.add(textual(f));
        }
      } else {
        any |= hasContact;
        out.addAll(rowBlocks);
      }
    }
    return any ? out : null;
  }

  private static List<ContactText.Found> pre(
      String text, boolean underLabel, @Nullable String role) {
    List<ContactText.Line> lines = new ArrayList<>();
    boolean labelled = underLabel;
    String preRole = role;
    boolean blank = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        blank = true;
        continue;
      }
      ContactLabels.LabelMatch m = ContactLabels.label(trimmed);
      int from = 0;
      if (m != null) {
        labelled = true;
        preRole = preRole != null ? preRole : ContactLabels.role(trimmed);
        from = line.indexOf(trimmed) + Math.min(m.end(), trimmed.length());
      }
      lines.add(new ContactText.Line(line, from, List.of(), blank));
      blank = false;
    }
    if (!labelled) {
      return List.of();
    }
    return ContactText.read(lines, preRole);
  }

  /** The lines of a table row, each cell starting after a break. */
  private static List<ContactText.Line> rowLines(List<TableCell> row) {
    List<ContactText.Line> lines = new ArrayList<>();
    for (TableCell cell : row) {
      lines.addAll(lines(cell.blocks()));
    }
    return lines;
  }

  /** The lines of a few blocks (a list item, a table cell), each block starting after a break. */
  private static List<ContactText.Line> lines(List<Block> blocks) {
    List<ContactText.Line> lines = new ArrayList<>();
    for (Block b : blocks) {
      String t = b.text();
      BlockType type = BlockType.of(b);
      if (t.isEmpty() || type == BlockType.LIST || type == BlockType.TABLE) {
        continue;
      }
      ContactLabels.LabelMatch m = ContactLabels.label(t);
      List<ContactText.Line> more =
          ContactText.lines(
              t,
              m == null ? 0 : m.end(),
              b instanceof Paragraph paragraph ? mailtos(paragraph.content()) : List.of());
      ContactText.Line first = more.get(0);
      more.set(0, new ContactText.Line(first.text(), first.from(), first.mailtos(), true));
      lines.addAll(more);
    }
    return lines;
  }

  /** {@return the contact blocks of what was found, or null when nothing was} */
  private static @Nullable List<Block> found(List<ContactText.Found> found) {
    return found.isEmpty() ? null : contactBlocks(found);
  }

  private static List<Block> contactBlocks(List<ContactText.Found> found) {
    List<Block> out = new ArrayList<>(found.size());
    for (ContactText.Found f : found) {
      out.add(textual(f));
    }
    return out;
  }

  private static ContactBlock textual(ContactText.Found f) {
    return new ContactBlock(f.contact(), null, ContactBlock.Origin.TEXT, f.text());
  }

  /** {@return the addresses of the {@code mailto:} links in the content, in order} */
  static List<String> mailtos(List<Inline> content) {
    List<String> out = null;
    for (Inline inline : content) {
      if (inline instanceof Link link) {
        String href = link.href();
        if (href.regionMatches(true, 0, "mailto:", 0, 7)) {
          int q = href.indexOf('?');
          String address = href.substring(7, q < 0 ? href.length() : q).trim();
          if (address.indexOf('@') > 0) {
            if (out == null) {
              out = new ArrayList<>();
            }
            out.add(address);
          }
        }
      }
    }
    return out == null ? List.of() : out;
  }

  private static String text(List<Block> blocks, List<@Nullable String> texts, int i) {
    String t = texts.get(i);
    return t != null ? t : blocks.get(i).text();
  }
}

package org.pressroom.html.render;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.pressroom.Contact;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyLink;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Link;
import org.pressroom.html.LinkKind;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;
import org.pressroom.html.Text;

/** Bodies built in code, shared by the renderer tests; {@link #NAMED} keys the golden files. */
final class Bodies {
  private Bodies() {}

  static Text t(String s) {
    return Text.plain(s);
  }

  static Text t(String s, Mark first, Mark... rest) {
    return new Text(s, EnumSet.of(first, rest));
  }

  static Paragraph p(Inline... content) {
    return new Paragraph(List.of(content));
  }

  static Paragraph p(String text) {
    return p(t(text));
  }

  static Heading h(int level, String text) {
    return new Heading(level, false, List.of(t(text)));
  }

  static Link link(String href, Inline... content) {
    return new Link(href, LinkKind.WEB, List.of(content), null, null);
  }

  static ListItem item(Block... blocks) {
    return new ListItem(List.of(blocks));
  }

  static ListBlock ul(ListItem... items) {
    return new ListBlock(false, List.of(items));
  }

  static ListBlock ol(ListItem... items) {
    return new ListBlock(true, List.of(items));
  }

  static TableCell cell(Block... blocks) {
    return new TableCell(false, List.of(blocks));
  }

  static TableCell th(Block... blocks) {
    return new TableCell(true, List.of(blocks));
  }

  static Body body(Block... blocks) {
    return new Body(List.of(blocks), null, List.of(), List.of());
  }

  static final Contact KOEN =
      Contact.builder("Koen Stein")
          .description("Perscontact wetenschap & onderzoek")
          .email("koen.stein@vub.be")
          .website("https://vub.be")
          .mobile("+32 (0)471517909")
          .build();

  static final ContactBlock CARD =
      new ContactBlock(
          KOEN, "https://cdn.example.com/koen.jpg", ContactBlock.Origin.CARD, "Koen Stein");

  static final ContactBlock TEXT_CONTACT =
      new ContactBlock(
          Contact.builder("Dr Isabelle Houbracken").email("Isabelle.houbracken@vub.be").build(),
          null,
          ContactBlock.Origin.TEXT,
          "Contact: Dr Isabelle Houbracken\nIsabelle.houbracken@vub.be");

  /** A body with one block of every type, marks, links, a dateline and an issue. */
  static Body everything() {
    return new Body(
        List.of(
            p(
                t("BRUSSELS, 8 June 2026", Mark.BOLD),
                t(" - To mark the "),
                t("month", Mark.ITALIC),
                t(", read "),
                link("https://vub.be/paper", t("the paper", Mark.BOLD, Mark.ITALIC)),
                t("."),
                new LineBreak(),
                t("Second line with "),
                t("code()", Mark.CODE),
                t(" and "),
                new InlineImage("https://vub.be/i.png", "an icon")),
            new Heading(2, true, List.of(t("Local treatment", Mark.BOLD))),
            h(3, "Results"),
            ul(item(p("one")), item(p("two"), ol(item(p("two a")), item(p("two b"))))),
            new Quote(List.of(p("We are witnessing"), p("medical successes"))),
            new Divider(),
            new Image("https://vub.be/photo.jpg", "A lab", "The lab in Jette", "https://vub.be"),
            new Image("https://vub.be/plain.jpg", "", null, null),
            TEXT_CONTACT,
            CARD,
            new Embed("https://www.youtube.com/embed/abc"),
            new Table(
                List.of(
                    List.of(th(p("Therapy")), th(p("Patients"))),
                    List.of(cell(p("CAR-T")), cell(p("12"), p("(2025)"))))),
            new Preformatted("  line one\n    line two")),
        new Dateline("BRUSSELS", LocalDate.of(2026, 6, 8), "BRUSSELS, 8 June 2026"),
        List.of(
            new BodyLink("https://vub.be/paper", "the paper", LinkKind.WEB),
            new BodyLink("mailto:koen.stein@vub.be", "koen.stein@vub.be", LinkKind.EMAIL)),
        List.of(
            new BodyIssue(
                BodyIssue.Kind.UNSAFE_LINK, "javascript: link kept as text", "<a href>")));
  }

  /** Strings that need every kind of JSON escape. */
  static Body escapes() {
    return new Body(
        List.of(
            p(
                t(
                    "quote \" backslash \\ slash / tab \t cr \r ff \f bs \b nul \u0000 us \u001f del \u007f")),
            p(t("caf\u00e9 \u20ac 10 \u2014 \ud83d\ude00 \u00a0nbsp"))),
        null,
        List.of(),
        List.of(new BodyIssue(BodyIssue.Kind.DEPTH_LIMIT, "line\nbreak", "")));
  }

  /** The bodies of the JSON golden files, by file name without {@code .json}. */
  static final Map<String, Supplier<Body>> NAMED = named();

  private static Map<String, Supplier<Body>> named() {
    Map<String, Supplier<Body>> m = new TreeMap<>();
    m.put("empty", Body::empty);
    m.put("everything", Bodies::everything);
    m.put("escapes", Bodies::escapes);
    m.put(
        "empty-containers",
        () -> body(p(), ul(), new Quote(List.of()), new Table(List.of(List.of()))));
    return m;
  }
}

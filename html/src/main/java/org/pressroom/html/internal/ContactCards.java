package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.LinkKind;

/**
 * Contacts marked up as such: the newsroom's contact card ({@code <div
 * class="release-content-contact">}), an hCard microformat ({@code .vcard} or {@code .h-card} with
 * {@code .fn}, {@code .org}, {@code .title}, {@code .email}, {@code .tel}, {@code .adr}, {@code
 * .url}) and a schema.org {@code Person} or {@code ContactPoint} in microdata ({@code itemprop}
 * name, jobTitle, telephone, email, address). Part of the contact reading that {@link
 * ContactReader} describes.
 */
final class ContactCards {
  /** What the icon classes inside a card's link say about it. */
  enum Icon {
    MOBILE("icon-mobile"),
    TWITTER("icon-twitter"),
    FACEBOOK("icon-facebook"),
    BROWSER("icon-browser"),
    GLOBE("icon-globe");

    final String className;

    Icon(String className) {
      this.className = className;
    }
  }

  private static final String CARD = "release-content-contact";
  private static final String CARD_PART = CARD + "__";
  private static final String CARD_NAME = CARD_PART + "name";
  private static final String CARD_DESCRIPTION = CARD_PART + "description";
  private static final String CARD_COMPANY = CARD_PART + "company";

  /** schema.org types whose microdata is a contact. */
  private static final Set<String> SCHEMA_TYPES = Set.of("person", "contactpoint");

  /** A marked-up contact with more text than this is a wrapper, not a contact. */
  private static final int MAX_MICROFORMAT_TEXT = 1500;

  private ContactCards() {}

  /** {@return whether the element is a card or microformat this class reads} */
  static boolean isCard(Element el) {
    return el.attributesSize() > 0 // most paragraphs and list items: no attribute at all
        && isCardWithAttributes(el);
  }

  private static boolean isCardWithAttributes(Element el) {
    return el.hasClass(CARD)
        || el.hasClass("vcard")
        || el.hasClass("h-card")
        || (el.hasAttr("itemtype") && isSchemaContact(el.attr("itemtype")));
  }

  private static boolean isSchemaContact(String itemtype) {
    int slash = itemtype.lastIndexOf('/');
    String type = itemtype.substring(slash + 1).strip().toLowerCase(Locale.ROOT);
    return itemtype.contains("schema.org") && SCHEMA_TYPES.contains(type);
  }

  /**
   * {@return the contact block of a card or microformat, or null when it is not one (then its
   * content is read as usual)}
   *
   * @param el an element {@link #isCard} accepts
   * @param register lists a link found in the card (in document order) and gives its resolved href
   *     and kind, or null for a link without a usable href
   * @param classify gives a link's resolved href and kind without listing it, or null
   * @param resolve resolves an image source
   */
  static @Nullable ContactBlock read(
      Element el,
      Function<Element, Hrefs.@Nullable Resolved> register,
      Function<Element, Hrefs.@Nullable Resolved> classify,
      Function<String, String> resolve) {
    if (el.hasClass(CARD)) {
      return card(el, register, resolve);
    }
    ContactBlock block = microformat(el, classify, resolve);
    if (block != null) {
      for (Element a : el.getElementsByTag("a")) {
        var unused =
            register.apply(a); // listed for the body's links; the card's fields are read already
      }
    }
    return block;
  }

  /**
   * A newsroom contact card: name, description and avatar from their elements, the rest from its
   * links. Null when the card has no name.
   */
  private static @Nullable ContactBlock card(
      Element card,
      Function<Element, Hrefs.@Nullable Resolved> register,
      Function<String, String> resolve) {
    CardParts parts = new CardParts();
    NodeTraversor.traverse(parts, card);
    String name = classText(parts.name);
    if (name == null) {
      return null;
    }
    ContactDetails details = new ContactDetails();
    String twitter = null;
    String facebook = null;
    for (int k = 0; k < parts.links.size(); k++) {
      Hrefs.Resolved r = register.apply(parts.links.get(k));
      if (r == null) {
        continue;
      }
      String href = r.href();
      EnumSet<Icon> icons = parts.icons.get(k);
      boolean anyIcon = parts.anyIcon.get(k);
      if (r.kind() == LinkKind.EMAIL) {
        details.email(mailtoAddress(href));
      } else if (r.kind() == LinkKind.PHONE) {
        details.phone(href.substring("tel:".length()), icons.contains(Icon.MOBILE));
      } else {
        String host = host(href);
        if (icons.contains(Icon.TWITTER) || host.equals("twitter.com") || host.equals("x.com")) {
          twitter = twitter == null ? href : twitter;
        } else if (icons.contains(Icon.FACEBOOK) || host.equals("facebook.com")) {
          facebook = facebook == null ? href : facebook;
        } else if (icons.contains(Icon.BROWSER) || icons.contains(Icon.GLOBE) || !anyIcon) {
          details.website(href);
        }
      }
    }
    Contact contact =
        details
            .contact(name)
            .description(classText(parts.description))
            .company(classText(parts.company))
            .twitter(twitter)
            .facebook(facebook)
            .build();
    String avatar = parts.avatar == null ? null : resolve.apply(parts.avatar);
    return new ContactBlock(contact, avatar, ContactBlock.Origin.CARD, name);
  }

  /** {@return the address of a {@code mailto:} link, or null when it names none} */
  private static @Nullable String mailtoAddress(String href) {
    int q = href.indexOf('?');
    String address = href.substring("mailto:".length(), q < 0 ? href.length() : q).trim();
    return address.isEmpty() ? null : address;
  }

  /**
   * What a contact card is read from, gathered in one walk over it (the card included), in document
   * order: the first element with each of the card's classes, every link with the icons the
   * elements inside it name (they say what a link is), and the first image with a usable source.
   */
  private static final class CardParts implements NodeVisitor {
    @Nullable Element name;
    @Nullable Element description;
    @Nullable Element company;
    final List<Element> links = new ArrayList<>();
    final List<EnumSet<Icon>> icons = new ArrayList<>();
    final List<Boolean> anyIcon = new ArrayList<>();

    private static final Icon[] ICONS = Icon.values();

    /** The trimmed source of the first image with a non-empty, safe one; or null. */
    @Nullable String avatar;

    /** The indexes of the links the walk is inside, innermost last. */
    private final List<Integer> open = new ArrayList<>();

    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      // One pass over the class attribute, instead of a hasClass per class of interest
      String classes = e.className();
      boolean iconed = !open.isEmpty() && classes.contains("icon-");
      if (iconed) {
        for (int index : open) {
          anyIcon.set(index, true);
        }
      }
      if (iconed || mayNamePart(classes)) {
        int n = classes.length();
        int i = 0;
        while (i < n) {
          while (i < n && Character.isWhitespace(classes.charAt(i))) {
            i++;
          }
          int start = i;
          while (i < n && !Character.isWhitespace(classes.charAt(i))) {
            i++;
          }
          if (i > start) {
            classToken(e, classes, start, i - start, iconed);
          }
        }
      }
      String tag = e.normalName();
      if (tag.equals("a")) {
        open.add(links.size());
        links.add(e);
        icons.add(EnumSet.noneOf(Icon.class));
        anyIcon.add(false);
      } else if (avatar == null && tag.equals("img")) {
        String src = e.attr("src").trim();
        if (!src.isEmpty() && !Hrefs.isUnsafe(src, true)) {
          avatar = src;
        }
      }
    }

    /** Takes one class of an element: a part of the card, or an icon inside the open links. */
    private void classToken(Element e, String classes, int start, int length, boolean iconed) {
      if (name == null && is(classes, start, length, CARD_NAME)) {
        name = e;
      } else if (description == null && is(classes, start, length, CARD_DESCRIPTION)) {
        description = e;
      } else if (company == null && is(classes, start, length, CARD_COMPANY)) {
        company = e;
      } else if (iconed) {
        for (Icon icon : ICONS) {
          if (is(classes, start, length, icon.className)) {
            for (int index : open) {
              icons.get(index).add(icon);
            }
          }
        }
      }
    }

    /** Whether a class is the given one, ignoring case as {@code hasClass} does. */
    private static boolean is(String classes, int start, int length, String name) {
      return length == name.length() && classes.regionMatches(true, start, name, 0, length);
    }

    /** Whether the classes may hold a part's class; as {@code hasClass}, ignoring case. */
    private static boolean mayNamePart(String classes) {
      for (int i = classes.indexOf('_'); i >= 0; i = classes.indexOf('_', i + 1)) {
        if (classes.regionMatches(true, i - CARD.length(), CARD_PART, 0, CARD_PART.length())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element el && el.normalName().equals("a")) {
        open.remove(open.size() - 1);
      }
    }
  }

  /**
   * An hCard or schema.org microdata contact: its fields from the classes or {@code itemprop}s, the
   * name falling back to the first line of text outside any field (an office such as {@code Roads
   * media enquiries}). Null without an email address or a phone number. The block's text is the
   * card's text, so that every word of it stays in the model.
   */
  private static @Nullable ContactBlock microformat(
      Element card,
      Function<Element, Hrefs.@Nullable Resolved> classify,
      Function<String, String> resolve) {
    String text = cardText(card);
    if (text.length() > MAX_MICROFORMAT_TEXT) {
      return null;
    }
    String name = field(card, "fn", "name");
    String company = field(card, "org", "worksFor");
    String description = field(card, "title", "jobTitle");
    if (description == null) {
      description = field(card, "role", "contactType");
    }
    String address = field(card, "adr", "address");
    if (address == null) {
      address = field(card, "street-address", "streetAddress");
    }
    ContactDetails details = new ContactDetails();
    for (Element a : card.getElementsByTag("a")) {
      Hrefs.Resolved r = classify.apply(a);
      if (r == null) {
        continue;
      }
      if (r.kind() == LinkKind.EMAIL) {
        details.email(mailtoAddress(r.href()));
      } else if (r.kind() == LinkKind.PHONE && !details.hasTelephone() && !inside(a, "fax")) {
        String shown = Spaces.collapse(a.text()); // the number as written, else the link's
        details.phone(
            PhoneNumbers.start(shown, 0) >= 0 ? shown : r.href().substring("tel:".length()), false);
      } else if (r.kind() == LinkKind.WEB
          && (a.hasClass("url") || "url".equals(a.attr("itemprop")))) {
        details.website(r.href());
      }
    }
    for (Element tel : fields(card, "tel", "telephone")) {
      String number = phoneOf(tel);
      if (number == null) {
        continue;
      }
      String type = tel.select(".type").text().toLowerCase(Locale.ROOT);
      boolean fax = type.contains("fax");
      boolean cell = type.contains("cell") || type.contains("mobil") || type.contains("gsm");
      if (fax) {
        continue;
      }
      details.phone(number, cell);
    }
    if (!details.hasEmail()) {
      for (Element e : fields(card, "email", "email")) {
        String found = EmailAddresses.find(Spaces.collapse(e.text()));
        if (found == null) {
          found = cloudflareEmail(e);
        }
        if (found != null) {
          details.email(found);
          break;
        }
      }
    }
    if (!details.hasEmail()) {
      for (Element e : card.getElementsByAttribute("data-cfemail")) {
        details.email(cloudflareEmail(e));
        if (details.hasEmail()) {
          break;
        }
      }
    }
    if (!details.reachable()) {
      return null;
    }
    if (name == null) {
      name = firstLooseLine(card);
    }
    if (name == null) {
      name = company != null ? company : "";
    }
    Contact contact =
        details
            .contact(name)
            .company(company == null || company.equals(name) ? null : company)
            .description(description)
            .address(address)
            .build();
    String avatar = null;
    Element img = card.selectFirst("img[src]");
    if (img != null
        && !img.attr("src").isBlank()
        && !Hrefs.isUnsafe(img.attr("src").trim(), true)) {
      avatar = resolve.apply(img.attr("src").trim());
    }
    return new ContactBlock(
        contact, avatar, ContactBlock.Origin.MICROFORMAT, text.isEmpty() ? name : text);
  }

  private static boolean inside(Element e, String className) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.hasClass(className)) {
        return true;
      }
    }
    return false;
  }

  /** The number of a {@code .tel}: its {@code .value}, else its text without the {@code .type}. */
  private static @Nullable String phoneOf(Element tel) {
    Element value = tel.selectFirst(".value");
    String text;
    if (value != null) {
      text = Spaces.collapse(value.text());
    } else {
      Element copy = tel.clone();
      copy.select(".type").remove();
      text = Spaces.collapse(copy.text());
    }
    int start = PhoneNumbers.start(text, 0);
    if (start < 0) {
      return null;
    }
    return text.substring(start, PhoneNumbers.end(text, start));
  }

  /**
   * An address that Cloudflare's email protection hides in {@code data-cfemail}: hex bytes, the
   * first the key that each other byte is XORed with.
   */
  private static @Nullable String cloudflareEmail(Element e) {
    Element holder = e.hasAttr("data-cfemail") ? e : e.selectFirst("[data-cfemail]");
    if (holder == null) {
      return null;
    }
    String hex = holder.attr("data-cfemail");
    if (hex.length() < 4 || hex.length() % 2 != 0 || hex.length() > 512) {
      return null;
    }
    try {
      int key = Integer.parseInt(hex.substring(0, 2), 16);
      StringBuilder sb = new StringBuilder();
      for (int i = 2; i < hex.length(); i += 2) {
        sb.append((char) (Integer.parseInt(hex.substring(i, i + 2), 16) ^ key));
      }
      String address = sb.toString();
      int start = EmailAddresses.start(address);
      return start == 0 ? address : null;
    } catch (NumberFormatException x) {
      return null;
    }
  }

  private static @Nullable String field(Element card, String className, String itemprop) {
    List<Element> found = fields(card, className, itemprop);
    for (Element e : found) {
      String text = Spaces.collapse(e.text()).replace('\n', ' ').strip();
      if (!text.isEmpty()) {
        return text;
      }
    }
    return null;
  }

  private static List<Element> fields(Element card, String className, String itemprop) {
    List<Element> out = new ArrayList<>();
    for (Element e : card.getAllElements()) {
      if (!e.equals(card) && (e.hasClass(className) || itemprop.equals(e.attr("itemprop")))) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first text outside the fields of a card: the office an hCard without {@code .fn} names. */
  private static @Nullable String firstLooseLine(Element card) {
    for (Element e : card.getAllElements()) {
      if (e.equals(card) || isField(e)) {
        continue;
      }
      String own = Spaces.collapse(e.ownText()).strip();
      if (!own.isEmpty() && readsAsOffice(own.replace("\n", " "))) {
        return own;
      }
    }
    return null;
  }

  /** A short line without digits that is not a sentence: a person or an office. */
  private static boolean readsAsOffice(String line) {
    return line.length() <= 80
        && line.indexOf('@') < 0
        && !ContactNames.sentence(line)
        && !ContactWords.hasDigit(line)
        && Character.isUpperCase(line.charAt(0));
  }

  private static boolean isField(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      for (String c : new String[] {"tel", "email", "adr", "type", "value", "url"}) {
        if (p.hasClass(c)) {
          return true;
        }
      }
      if (p.hasAttr("itemprop")) {
        return true;
      }
    }
    return false;
  }

  /** The visible text of a card, one line per block element. */
  private static String cardText(Element card) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              sb.append(text.getWholeText());
            } else if (node instanceof Element el && el.isBlock()) {
              sb.append('\n');
            } else if (node instanceof Element el && el.normalName().equals("br")) {
              sb.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element el && el.isBlock()) {
              sb.append('\n');
            }
          }
        },
        card);
    StringBuilder out = new StringBuilder();
    for (String line : sb.toString().split("\n")) {
      String collapsed = Spaces.collapse(line).strip();
      if (!collapsed.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(collapsed);
      }
    }
    return out.toString();
  }

  private static @Nullable String classText(@Nullable Element e) {
    if (e == null) {
      return null;
    }
    String text = Spaces.collapse(e.text());
    return text.isEmpty() ? null : text;
  }

  private static String host(String href) {
    int start = href.indexOf("://");
    if (start < 0) {
      return "";
    }
    start += 3;
    int end = start;
    while (end < href.length() && "/?#:".indexOf(href.charAt(end)) < 0) {
      end++;
    }
    String host = href.substring(start, end).toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
